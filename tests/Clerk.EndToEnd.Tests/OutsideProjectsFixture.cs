using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// Creates both outside projects in one temp folder and builds them one after the other (the second build reuses the
/// first one's up-to-date Clerk.Runtime and Clerk.Generators), then serves OddRoutes. Shared by every test here.
/// </summary>
public sealed class OutsideProjectsFixture : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "clerk-e2e-" + Guid.NewGuid().ToString("N")[..12]);
    private RunningApp? app;

    /// <summary>Route files in every odd shape the conventions allow; must build and serve.</summary>
    internal TempWebProject OddRoutes { get; private set; } = null!;

    /// <summary>Route files with mistakes the generator must reject.</summary>
    internal TempWebProject Mistakes { get; private set; } = null!;

    internal ProcessResult OddRoutesBuild { get; private set; } = null!;

    internal ProcessResult MistakesBuild { get; private set; } = null!;

    /// <summary>The served OddRoutes app; when it did not build, says why.</summary>
    internal RunningApp App => app ?? throw new InvalidOperationException(
        $"OddRoutes did not build (exit code {OddRoutesBuild.ExitCode}):\n{OddRoutesBuild.Output}");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(root);
        // Empty files here end MSBuild's upward search, so nothing in the shared temp folder leaks into the projects.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");

        OddRoutes = TempWebProject.Create(root, "OddRoutes");
        Mistakes = TempWebProject.Create(root, "Mistakes");
        OddRoutesBuild = await OddRoutes.BuildAsync();
        MistakesBuild = await Mistakes.BuildAsync();
        if (OddRoutesBuild.ExitCode == 0)
        {
            app = await RunningApp.StartAsync(OddRoutes);
        }
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed cleanup must not hide the test results.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class OutsideProjectsCollection : ICollectionFixture<OutsideProjectsFixture>
{
    public const string Name = "outside projects";
}
