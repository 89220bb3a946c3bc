using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clerk.Runtime.Tests.Differential;

/// <summary>Clerk's verdict on one token, as <c>node/verify.mjs</c> reports it.</summary>
/// <param name="Id">The token's position in the batch (echoed back, so the order is checked, not assumed).</param>
/// <param name="Valid"><c>verifyToken</c> accepted the token.</param>
/// <param name="Reason"><c>verifyToken</c>'s reason code (or the thrown error's name); empty when valid.</param>
/// <param name="AuthenticateRequest">
/// Clerk's whole session-token decision for the token sent as <c>Authorization: Bearer</c>; null when the token
/// cannot travel in that header unchanged.
/// </param>
internal sealed record ClerkVerdict(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("valid")] bool Valid,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("authenticateRequest")] ClerkRequestVerdict? AuthenticateRequest);

/// <summary><c>authenticateRequest</c>'s verdict: signed in or not, and its reason.</summary>
internal sealed record ClerkRequestVerdict(
    [property: JsonPropertyName("valid")] bool Valid,
    [property: JsonPropertyName("reason")] string Reason);

/// <summary>
/// Runs <c>@clerk/backend</c> from <c>Differential/node/</c>: installs it with <c>npm ci</c> when it is missing (the
/// registry is reachable here and in CI; a failure fails the tests, they are never skipped), then verifies a batch of
/// tokens in one <c>node</c> process.
/// </summary>
internal static class ClerkBackendVerifier
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan VerifyTimeout = TimeSpan.FromMinutes(2);

    /// <summary><c>tests/Clerk.Runtime.Tests/Differential/node</c>, found by walking up from the test binaries.</summary>
    public static string NodeDirectory { get; } = FindNodeDirectory();

    /// <summary>The installed <c>@clerk/backend</c> version (from its package.json).</summary>
    public static string InstalledVersion()
    {
        using var package = JsonDocument.Parse(File.ReadAllBytes(
            Path.Combine(NodeDirectory, "node_modules", "@clerk", "backend", "package.json")));
        return package.RootElement.GetProperty("version").GetString()!;
    }

    /// <summary>Runs <c>npm ci</c> unless <c>node_modules/@clerk/backend</c> is already there.</summary>
    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(Path.Combine(NodeDirectory, "node_modules", "@clerk", "backend", "package.json")))
        {
            return;
        }

        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        var (exitCode, stdout, stderr) = await RunAsync(
            npm, ["ci", "--no-audit", "--no-fund"], input: null, environment: [], InstallTimeout,
            $"`{npm} ci` in {NodeDirectory} (installs @clerk/backend from the npm registry; needs Node.js 20.9+ and " +
            "network access to the registry). Run `npm ci --prefix tests/Clerk.Runtime.Tests/Differential/node` by hand to see why");
        if (exitCode != 0 || !File.Exists(Path.Combine(NodeDirectory, "node_modules", "@clerk", "backend", "package.json")))
        {
            throw new InvalidOperationException(
                $"`{npm} ci` in {NodeDirectory} failed (exit code {exitCode}), so the differential test against Clerk's " +
                "own verifier cannot run. It needs Node.js 20.9+ and the npm registry; run " +
                "`npm ci --prefix tests/Clerk.Runtime.Tests/Differential/node` to reproduce.\n" +
                $"--- stdout ---\n{Tail(stdout)}\n--- stderr ---\n{Tail(stderr)}");
        }
    }

    /// <summary>Clerk's verdicts on <paramref name="tokens"/>, in order. <c>now</c> null means the real clock.</summary>
    public static async Task<IReadOnlyList<ClerkVerdict>> VerifyAsync(
        IReadOnlyList<(string Token, long? NowMs)> tokens, string jwtKeyPem, IReadOnlyList<string> authorizedParties)
    {
        var input = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            input.Append(JsonSerializer.Serialize(new { id = i, token = tokens[i].Token, now = tokens[i].NowMs })).Append('\n');
        }

        var (exitCode, stdout, stderr) = await RunAsync(
            "node", ["verify.mjs"], input.ToString(),
            [("CLERK_JWT_KEY", jwtKeyPem), ("CLERK_AUTHORIZED_PARTIES", string.Join(',', authorizedParties))],
            VerifyTimeout, "`node verify.mjs`");
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"`node verify.mjs` in {NodeDirectory} exited with {exitCode}.\n--- stderr ---\n{Tail(stderr)}");
        }

        var verdicts = new List<ClerkVerdict>(tokens.Count);
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            verdicts.Add(JsonSerializer.Deserialize<ClerkVerdict>(line)
                ?? throw new InvalidOperationException($"verify.mjs wrote an empty verdict: {line}"));
        }

        if (verdicts.Count != tokens.Count || verdicts.Where((verdict, index) => verdict.Id != index).Any())
        {
            throw new InvalidOperationException(
                $"verify.mjs answered {verdicts.Count} of {tokens.Count} tokens, or out of order.\n--- stderr ---\n{Tail(stderr)}");
        }

        return verdicts;
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string? input,
        IReadOnlyList<(string Name, string Value)> environment,
        TimeSpan timeout,
        string what)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = NodeDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{what} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"Could not start {fileName} for {what}: {e.Message}. The differential test needs Node.js 20.9+ and npm on PATH.", e);
        }

        using (process)
        {
            // Read both pipes while writing, so neither side blocks on a full pipe.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                await process.StandardInput.WriteAsync(input);
            }

            process.StandardInput.Close();

            using var timer = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(timer.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{what} did not finish within {timeout.TotalMinutes} minutes.");
            }

            return (process.ExitCode, await stdout, await stderr);
        }
    }

    private static string FindNodeDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Clerk.Runtime.Tests", "Differential", "node");
            if (File.Exists(Path.Combine(candidate, "verify.mjs")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"tests/Clerk.Runtime.Tests/Differential/node/verify.mjs was not found above {AppContext.BaseDirectory}.");
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "..." + text[^4000..];
}
