using System.Diagnostics;
using System.Text;

namespace Clerk.EndToEnd.Tests.Infrastructure;

/// <summary>What a finished process printed (stdout and stderr interleaved) and how it exited.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, TimeSpan Elapsed);

/// <summary>Starts <c>dotnet</c> the way a developer's shell would, without the test host's MSBuild environment.</summary>
internal static class ProcessRunner
{
    /// <summary>The <c>dotnet</c> that runs these tests (so the same SDK builds the outside projects).</summary>
    public static string Dotnet { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>Runs <c>dotnet</c> to completion; past <paramref name="timeout"/> the process tree is killed.</summary>
    public static Task<ProcessResult> RunDotnetAsync(string workingDirectory, TimeSpan timeout, params string[] arguments) =>
        RunDotnetAsync(workingDirectory, environment: null, timeout, arguments);

    /// <summary>
    /// Runs <c>dotnet</c> to completion with <paramref name="environment"/> applied (a null value removes the
    /// variable); past <paramref name="timeout"/> the process tree is killed.
    /// </summary>
    public static async Task<ProcessResult> RunDotnetAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, params string[] arguments)
    {
        var output = new StringBuilder();
        using var process = StartDotnet(workingDirectory, output, environment, arguments);
        var stopwatch = Stopwatch.StartNew();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"dotnet {string.Join(' ', arguments)} did not finish within {timeout}:\n{Snapshot(output)}");
        }
        return new ProcessResult(process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    /// <summary>Starts <c>dotnet</c> and keeps collecting what it prints into <paramref name="output"/>.</summary>
    public static Process StartDotnet(string workingDirectory, StringBuilder output, params string[] arguments) =>
        StartDotnet(workingDirectory, output, environment: null, arguments);

    /// <summary>
    /// Starts <c>dotnet</c> with <paramref name="environment"/> applied over the inherited variables (a null value
    /// removes one), and keeps collecting what it prints into <paramref name="output"/>.
    /// </summary>
    public static Process StartDotnet(
        string workingDirectory, StringBuilder output, IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo(Dotnet)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
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

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A copy of output that another thread may still be appending to.</summary>
    public static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }

    // MSBuildExtensionsPath, MSBuildSDKsPath, MSBUILD_EXE_PATH, ...
    private static bool IsMSBuildVariable(string name) => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase);
}
