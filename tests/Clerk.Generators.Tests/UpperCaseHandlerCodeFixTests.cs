using Clerk.CodeFixes;
using Clerk.Generators.Tests.Infrastructure;
using Xunit;

namespace Clerk.Generators.Tests;

/// <summary>CLERK002's fix: the handler and its callers renamed to the upper-case verb, which then maps.</summary>
public sealed class UpperCaseHandlerCodeFixTests
{
    [Theory]
    [InlineData("Get", "GET")]
    [InlineData("post", "POST")]
    [InlineData("Delete", "DELETE")]
    public async Task Renames_the_handler_and_its_callers_to_the_verb(string written, string verb)
    {
        var project = new TestProject().With("app/api/route.cs", RouteFile(written));

        var fixedRoute = await CodeFixRun.FixAsync(project.Compile(), "app/api/route.cs",
            compilation => Assert.Single(project.CreateDriver().RunGenerators(compilation).GetRunResult().Diagnostics),
            new UpperCaseHandlerCodeFix(), UpperCaseHandlerCodeFix.TitleFor(written));

        Assert.Equal(RouteFile(verb), fixedRoute);
        var run = new TestProject().With("app/api/route.cs", fixedRoute!).Run();
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains($"Route.{verb}(", run.Source("Routes.Api.g.cs"));
    }

    private static string RouteFile(string handler) => $$"""
        namespace Api;
        public static class Route
        {
            public static string {{handler}}() => "x";
        }
        public static class Warmup
        {
            public static string Call() => Route.{{handler}}();
        }
        """;
}
