using Clerk.CodeFixes;
using Clerk.Generators.Analyzers;
using Clerk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Clerk.Generators.Tests;

/// <summary>CLERK019: a Route class without a namespace, and its fix, the namespace the folders spell.</summary>
public sealed class GlobalRouteClassTests
{
    private const string GlobalRoute = """
        using Microsoft.AspNetCore.Http;

        public static class Route
        {
            public static string GET() => "x";
        }
        """;

    [Fact]
    public void Two_route_files_without_a_namespace_are_each_told_which_namespace_to_declare()
    {
        var project = Project()
            .With("app/api/users/[id]/route.cs", GlobalRoute)
            .With("app/api/current-user/route.cs", GlobalRoute);

        var diagnostics = project.Analyze(new GlobalRouteClassAnalyzer())
            .OrderBy(diagnostic => diagnostic.Location.SourceTree!.FilePath, StringComparer.Ordinal).ToList();

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, diagnostic => Assert.Equal(("CLERK019", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity)));
        Assert.Equal(
            ["MyApp.App.Api.CurrentUser", "MyApp.App.Api.Users.Id"],
            diagnostics.Select(diagnostic => diagnostic.Properties[GlobalRouteClassAnalyzer.NamespaceProperty]));
        Assert.Contains("declare a namespace, such as 'MyApp.App.Api.CurrentUser'", diagnostics[0].GetMessage());
    }

    [Theory]
    [InlineData("namespace Api; public static class Route { public static string GET() => \"x\"; }", "app/api/route.cs")]
    [InlineData("public static class Route { public static string GET() => \"x\"; }", "Models/route.cs")]
    [InlineData("public static class Other { public static string GET() => \"x\"; }", "app/api/route.cs")]
    public void A_namespaced_or_unrouted_file_is_not_flagged(string source, string path)
    {
        Assert.Empty(Project().With(path, source).Analyze(new GlobalRouteClassAnalyzer()));
    }

    [Fact]
    public void The_suggestion_follows_the_app_directory_and_the_folder_conventions()
    {
        Assert.Equal("MyApp.App.Api.Admin.Docs.Slug", GlobalRouteClassAnalyzer.Suggest("MyApp", "app", "api/(admin)/docs/[[...slug]]/route.cs"));
        Assert.Equal("MyApp.Src.Routes.Api._2fa", GlobalRouteClassAnalyzer.Suggest("MyApp", "src/routes", "api/2fa/route.cs"));
        Assert.Equal("Routes.Api", GlobalRouteClassAnalyzer.Suggest(null, "/elsewhere/routes", "api/route.cs"));
    }

    [Fact]
    public async Task The_fix_declares_the_namespace_after_the_usings_and_the_files_then_build()
    {
        var project = Project()
            .With("app/api/users/[id]/route.cs", GlobalRoute)
            .With("app/api/current-user/route.cs", GlobalRoute);

        var fixedRoute = await CodeFixRun.FixAsync(project.Compile(), "app/api/users/[id]/route.cs",
            compilation => project.Analyze(new GlobalRouteClassAnalyzer(), compilation)
                .Single(diagnostic => diagnostic.Location.SourceTree!.FilePath.Contains("[id]", StringComparison.Ordinal)),
            new DeclareRouteNamespaceCodeFix(), DeclareRouteNamespaceCodeFix.TitleFor("MyApp.App.Api.Users.Id"));

        Assert.Equal("""
            using Microsoft.AspNetCore.Http;

            namespace MyApp.App.Api.Users.Id;

            public static class Route
            {
                public static string GET() => "x";
            }
            """, fixedRoute);
        var run = Project()
            .With("app/api/users/[id]/route.cs", fixedRoute!)
            .With("app/api/current-user/route.cs", "namespace MyApp.App.Api.CurrentUser;\n" + GlobalRoute.Replace("using Microsoft.AspNetCore.Http;", ""))
            .Run();
        Assert.Empty(run.CompilationProblems);
    }

    private static TestProject Project() => new TestProject().WithProperty("RootNamespace", "MyApp");
}
