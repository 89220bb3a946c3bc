using Clerk.Generators.Analyzers;
using Clerk.Generators.Tests.Infrastructure;
using Xunit;

namespace Clerk.Generators.Tests.Privacy;

/// <summary>The rule matches Clerk.Runtime's User by name: these tests catch the two drifting apart.</summary>
public sealed class RealUserTests
{
    [Fact]
    public void Seed_against_Clerk_Runtime_is_flagged()
    {
        var compilation = new TestProject().With(PrivacyProject.RoutePath, """
            using Clerk;

            public static class Route
            {
                public static async Task<IResult> GET(Auth auth)
                {
                    var user = await auth.CurrentUserAsync();
                    return Results.Json(new { user });
                }
            }
            """).Compile();
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var diagnostic = Assert.Single(PrivacyProject.Analyze(compilation));
        Assert.Equal("CLERK016", diagnostic.Id);
        Assert.Equal("user", PrivacyProject.Flagged(diagnostic));
    }

    [Fact]
    public void Names_the_analyzer_and_code_fix_use_exist_on_the_real_user()
    {
        var user = typeof(Clerk.BackendApi.User);
        Assert.Equal(BackendUser.MetadataName, user.FullName);
        Assert.All(BackendUser.DefaultFields.Concat(BackendUser.NeverProjected), name => Assert.NotNull(user.GetProperty(name)));
    }
}
