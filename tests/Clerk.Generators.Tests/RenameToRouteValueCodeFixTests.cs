using Clerk.CodeFixes;
using Clerk.Generators.Tests.Infrastructure;
using Xunit;

namespace Clerk.Generators.Tests;

/// <summary>CLERK018's fix: the parameter renamed to the route value it missed, which it then binds.</summary>
public sealed class RenameToRouteValueCodeFixTests
{
    [Fact]
    public async Task Renames_the_parameter_and_its_uses_to_the_route_value()
    {
        var project = new TestProject().With("app/api/items/[id]/route.cs", RouteFile("itemId"));

        var fixedRoute = await CodeFixRun.FixAsync(project.Compile(), "app/api/items/[id]/route.cs",
            compilation => Assert.Single(project.CreateDriver().RunGenerators(compilation).GetRunResult().Diagnostics),
            new RenameToRouteValueCodeFix(), RenameToRouteValueCodeFix.TitleFor("itemId", "id"));

        Assert.Equal(RouteFile("id"), fixedRoute);
        var run = new TestProject().With("app/api/items/[id]/route.cs", fixedRoute!).Run();
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains("RequestValues.Route(context, \"id\")", run.Source("Routes.Api_Items_Id.g.cs"));
    }

    [Fact]
    public async Task A_keyword_route_value_is_escaped()
    {
        var project = new TestProject().With("app/api/kinds/[class]/route.cs", """
            namespace Api.Kinds;
            public static class Route
            {
                public static string GET(string kind) => kind;
            }
            """);

        var fixedRoute = await CodeFixRun.FixAsync(project.Compile(), "app/api/kinds/[class]/route.cs",
            compilation => Assert.Single(project.CreateDriver().RunGenerators(compilation).GetRunResult().Diagnostics),
            new RenameToRouteValueCodeFix(), RenameToRouteValueCodeFix.TitleFor("kind", "class"));

        Assert.Contains("public static string GET(string @class) => @class;", fixedRoute);
    }

    private static string RouteFile(string parameter) => $$"""
        namespace Api.Items;
        public static class Route
        {
            public static string GET(int {{parameter}}) => $"item {{{parameter}}}";
        }
        """;
}
