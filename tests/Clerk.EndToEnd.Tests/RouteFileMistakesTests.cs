using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// The Mistakes project (Projects/Mistakes): `dotnet build` must fail with the generator's own diagnostics, each
/// naming its id and the route file, and with no compiler error from generated code.
/// </summary>
[Collection(OutsideProjectsCollection.Name)]
public sealed class RouteFileMistakesTests(OutsideProjectsFixture fixture)
{
    private string Output => fixture.MistakesBuild.Output;

    [Fact]
    public void The_build_fails()
    {
        Assert.True(fixture.MistakesBuild.ExitCode != 0, Output);
    }

    [Fact]
    public void A_non_static_handler_is_CLERK001_at_its_route_file()
    {
        var line = Assert.Single(ErrorLines("CLERK001"));
        Assert.StartsWith(fixture.Mistakes.PathOf("app/api/widgets/route.cs") + "(", line);
        Assert.Contains("'GET' must be static", line);
    }

    [Fact]
    public void Two_route_groups_resolving_to_one_URL_are_CLERK005()
    {
        var shop = fixture.Mistakes.PathOf("app/api/(shop)/cart/route.cs");
        var account = fixture.Mistakes.PathOf("app/api/(account)/cart/route.cs");

        var lines = ErrorLines("CLERK005");
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            // Reported at one file, naming the other.
            var atShop = line.StartsWith(shop + "(");
            Assert.True(atShop || line.StartsWith(account + "("), line);
            Assert.Contains(atShop ? "'app/api/(account)/cart/route.cs'" : "'app/api/(shop)/cart/route.cs'", line);
            Assert.Contains("'/api/cart'", line);
        });
    }

    [Fact]
    public void No_error_comes_from_anything_but_the_generator()
    {
        var errors = Output.Split('\n').Where(line => line.Contains(": error ")).ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, line => Assert.Matches(": error CLERK0(01|05):", line));
    }

    // MSBuild prints each diagnostic again in its summary; the distinct lines are the diagnostics.
    private List<string> ErrorLines(string id) =>
        Output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains($": error {id}:"))
            .Distinct()
            .ToList();
}
