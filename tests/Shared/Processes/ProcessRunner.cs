using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Clerk.Tests.Processes;

/// <summary>How a finished process ended: its exit code, what it printed and how long it ran.</summary>
/// <param name="Output">Standard output and standard error interleaved, line by line as they arrived.</param>
/// <param name="Stdout">Standard output alone: what a program answers with (a JSON summary, say), without its logs.</param>
internal sealed record ProcessResult(int ExitCode, string Output, string Stdout, TimeSpan Elapsed)
{
    public override string ToString() => $"exit code {ExitCode} after {Elapsed}\n{Tail(Output)}";

    private static string Tail(string text) => text.Length <= 4000 ? text : "..." + text[^4000..];
}

/// <summary>
/// Runs programs (<c>dotnet</c>, <c>node</c>, <c>npm</c>) the way a developer's shell would: arguments as a list,
/// stdin closed, both pipes read so neither fills and blocks the child, and without the test host's MSBuild
/// environment.
/// </summary>
internal static class ProcessRunner
{
    /// <summary>The <c>dotnet</c> that runs these tests (so the same SDK builds and runs what they start).</summary>
    public static string Dotnet { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// Starts <paramref name="fileName"/> with <paramref name="environment"/> applied over the inherited variables (a
    /// null value removes one) and <paramref name="input"/> written to its stdin; what it prints is collected from the
    /// start.
    /// </summary>
    public static RunningProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null, string? input = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        // `dotnet test` runs under MSBuild, which exports its own paths; a nested build must find its SDK afresh.
        foreach (var name in startInfo.Environment.Keys.Where(IsMSBuildVariable).ToList())
        {
            startInfo.Environment.Remove(name);
        }
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        // Reused MSBuild nodes would outlive the build holding its output pipe open.
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        try
        {
            return new RunningProcess(Process.Start(startInfo) ?? throw new InvalidOperationException($"{fileName} did not start."), input);
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Could not start {fileName}: {e.Message}. Is it on PATH?", e);
        }
    }

    /// <summary>Runs <paramref name="fileName"/> to completion; past <paramref name="timeout"/> its process tree is killed.</summary>
    public static async Task<ProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null, string? input = null)
    {
        await using var process = Start(fileName, arguments, workingDirectory, environment, input);
        return await process.WaitForExitAsync(timeout);
    }

    // MSBuildExtensionsPath, MSBuildSDKsPath, MSBUILD_EXE_PATH, ...
    private static bool IsMSBuildVariable(string name) => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase);
}
