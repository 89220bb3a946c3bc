using System.Reflection;
using Clerk.Tests.Files;

namespace Clerk.EndToEnd.Tests.Infrastructure;

/// <summary>Absolute paths into this repository, found from where the test assembly runs.</summary>
internal static class RepoPaths
{
    public static string Root => RepositoryRoot.Path;

    public static string RuntimeProject => Path.Combine(Root, "src", "Clerk.Runtime", "Clerk.Runtime.csproj");

    public static string GeneratorsProject => Path.Combine(Root, "src", "Clerk.Generators", "Clerk.Generators.csproj");

    /// <summary>The route files of the projects these tests create, kept as real files so they read like a user's.</summary>
    public static string ProjectTemplates => Path.Combine(Root, "tests", "Clerk.EndToEnd.Tests", "Projects");

    /// <summary>
    /// samples/RouteHandlers as this test project's build left it (a ProjectReference builds it first, in the same
    /// configuration), so the tests start the very sample a developer runs instead of building a copy.
    /// </summary>
    public static string SampleAssembly => Path.Combine(
        Root, "samples", "RouteHandlers", "bin", SampleConfiguration, "net10.0", "RouteHandlers.dll");

    private static string SampleConfiguration { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "SampleConfiguration").Value!;
}
