using System.Runtime.CompilerServices;
using Clerk.Generators.Tests.Infrastructure;

namespace Clerk.Generators.Tests;

/// <summary>
/// The route files of tests/Clerk.Runtime.Tests, with the models they use: the widest set of bindings, results and
/// metadata in the repo, run through the generator in memory.
/// </summary>
internal static class RuntimeTestsProject
{
    public static TestProject Create()
    {
        var runtimeTests = Path.Combine(TestsDirectory(), "..", "Clerk.Runtime.Tests");
        var routeFiles = Directory.GetFiles(Path.Combine(runtimeTests, "app"), "route.cs", SearchOption.AllDirectories);
        var project = new TestProject();
        foreach (var path in routeFiles.Concat(Directory.GetFiles(Path.Combine(runtimeTests, "Models"), "*.cs")))
        {
            project.With(Path.GetRelativePath(runtimeTests, path).Replace('\\', '/'), File.ReadAllText(path));
        }
        return project;
    }

    private static string TestsDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
