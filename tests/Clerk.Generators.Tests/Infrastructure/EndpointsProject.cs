using System.Runtime.CompilerServices;

namespace Clerk.Generators.Tests.Infrastructure;

/// <summary>
/// The route files this project serves (Endpoints/app) with the models they use: the widest set of bindings, results
/// and metadata in the repo, run through the generator again in memory so tests can read what it wrote.
/// </summary>
internal static class EndpointsProject
{
    public static TestProject Create()
    {
        var endpoints = Path.Combine(InfrastructureDirectory(), "..", "Endpoints");
        var routeFiles = Directory.GetFiles(Path.Combine(endpoints, "app"), "route.cs", SearchOption.AllDirectories);
        var project = new TestProject();
        foreach (var path in routeFiles.Concat(Directory.GetFiles(Path.Combine(endpoints, "Models"), "*.cs")))
        {
            project.With(Path.GetRelativePath(endpoints, path).Replace('\\', '/'), File.ReadAllText(path));
        }
        return project;
    }

    private static string InfrastructureDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
