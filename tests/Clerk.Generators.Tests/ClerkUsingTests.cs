using Clerk.Generators.Tests.Infrastructure;
using Xunit;

namespace Clerk.Generators.Tests;

/// <summary>
/// The <c>Clerk</c> using comes from Clerk.Runtime's props as an MSBuild <c>&lt;Using&gt;</c> item that a project may
/// remove: the generator adds none of its own, and the code it writes needs none.
/// </summary>
public sealed class ClerkUsingTests
{
    [Fact]
    public void Generated_code_compiles_in_a_project_without_the_Clerk_using()
    {
        var run = new TestProject()
            .WithoutClerkUsing()
            .With("app/api/account/route.cs", """
                namespace Shop.Api.Account;

                [Clerk.Protected(Token = Clerk.TokenTypes.SessionToken | Clerk.TokenTypes.ApiKey)]
                public static class Route
                {
                    public static string GET(Clerk.Auth auth) => auth.UserId ?? "";

                    [Clerk.Protected(Role = "org:admin")]
                    public static async Task<IResult> DELETE(Clerk.BackendApi.ClerkClient clerk, Clerk.Auth auth)
                    {
                        await clerk.Users.DeleteUserAsync(auth.UserId!);
                        return Results.NoContent();
                    }
                }
                """)
            .Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(["RouteHandlers.g.cs", "Routes.Api_Account.g.cs"], run.HintNames.Order(StringComparer.Ordinal));
    }
}
