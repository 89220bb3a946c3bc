namespace Clerk.Emulator.Tests.JsClient;

/// <summary>
/// <c>tests/Clerk.Emulator.Tests/JsClient/node</c>: installs its pinned <c>@clerk/backend</c> with <c>npm ci</c>
/// when it is missing (so <c>dotnet test</c> works on a fresh clone; CI runs the same <c>npm ci</c> first) and runs
/// its scripts with <c>node</c>. A missing Node.js or registry fails the tests, it never skips them.
/// </summary>
internal static class NodeProject
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    /// <summary>The repository root: the directory above the test binaries that holds Clerk.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Directory { get; } = Path.Combine(RepositoryRoot, "tests", "Clerk.Emulator.Tests", "JsClient", "node");

    /// <summary>Runs <c>npm ci</c> once unless <c>node_modules/@clerk/backend</c> is already installed.</summary>
    public static async Task EnsureInstalledAsync()
    {
        var marker = Path.Combine(Directory, "node_modules", "@clerk", "backend", "package.json");
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(marker))
            {
                return;
            }

            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            var result = await ProcessRunner.RunAsync(npm, ["ci", "--no-audit", "--no-fund"], Directory, [], TimeSpan.FromMinutes(10));
            if (result.ExitCode != 0 || !File.Exists(marker))
            {
                throw new InvalidOperationException(
                    $"`npm ci` in {Directory} failed (exit code {result.ExitCode}); the JS client tests need Node.js 20.9+ and " +
                    "the npm registry. Reproduce with `npm ci --prefix tests/Clerk.Emulator.Tests/JsClient/node`.\n" + result);
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Runs <c>node {script}</c> in the node directory with <paramref name="environment"/> added.</summary>
    public static Task<ProcessResult> RunScriptAsync(string script, params (string Name, string Value)[] environment) =>
        ProcessRunner.RunAsync("node", [script], Directory, environment, TimeSpan.FromMinutes(2));

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Clerk.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Clerk.sln above {AppContext.BaseDirectory}.");
    }
}
