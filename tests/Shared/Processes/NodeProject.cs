using System.Text.Json;
using Clerk.Tests.Files;

namespace Clerk.Tests.Processes;

/// <summary>
/// A folder of this repository with a package.json and its package-lock.json: its pinned packages are installed with
/// <c>npm ci</c> when they are missing (so <c>dotnet test</c> works on a fresh clone; <c>.ci/run</c> runs the same
/// <c>npm ci</c> first), and its scripts run with <c>node</c>. A missing Node.js or npm registry fails the tests, it
/// never skips them.
/// </summary>
internal sealed class NodeProject
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    private readonly SemaphoreSlim installLock = new(1, 1);
    private readonly string relativePath;
    private readonly string packageJson;

    /// <param name="relativePath">The folder, from the repository root: <c>tests/Clerk.Emulator.Tests/JsClient/node</c>.</param>
    /// <param name="package">The package whose package.json under node_modules says the install is done: <c>@clerk/backend</c>.</param>
    public NodeProject(string relativePath, string package)
    {
        this.relativePath = relativePath;
        Directory = RepositoryRoot.Combine(relativePath);
        packageJson = Path.Combine(Directory, "node_modules", package, "package.json");
    }

    public string Directory { get; }

    /// <summary>The installed version of the package named at construction.</summary>
    public string InstalledVersion()
    {
        using var package = JsonDocument.Parse(File.ReadAllBytes(packageJson));
        return package.RootElement.GetProperty("version").GetString()!;
    }

    /// <summary>Runs <c>npm ci</c> once, unless the package is already installed.</summary>
    public async Task EnsureInstalledAsync()
    {
        await installLock.WaitAsync();
        try
        {
            if (File.Exists(packageJson))
            {
                return;
            }

            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            var result = await ProcessRunner.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], Directory, InstallTimeout);
            if (result.ExitCode != 0 || !File.Exists(packageJson))
            {
                throw new InvalidOperationException(
                    $"`npm ci` in {Directory} failed, so the tests that run its scripts cannot run. They need Node.js " +
                    $"20.9+ and the npm registry; reproduce with `npm ci --prefix {relativePath}`.\n{result}");
            }
        }
        finally
        {
            installLock.Release();
        }
    }

    /// <summary>Runs <c>node {script}</c> in the folder with <paramref name="environment"/> added and <paramref name="input"/> on stdin.</summary>
    public Task<ProcessResult> RunScriptAsync(string script, IReadOnlyDictionary<string, string?> environment, string? input = null) =>
        ProcessRunner.RunAsync("node", [script], Directory, ScriptTimeout, environment, input);
}
