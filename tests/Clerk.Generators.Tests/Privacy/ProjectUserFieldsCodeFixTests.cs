using Clerk.CodeFixes;
using Clerk.Generators.Tests.Infrastructure;
using Xunit;
using static Clerk.Generators.Tests.Privacy.PrivacyProject;

namespace Clerk.Generators.Tests.Privacy;

/// <summary>
/// CLERK016's fix: the projected source, exactly; that it compiles without a warning; and that the rule is then
/// satisfied. Where no mechanical projection is right, no fix is offered.
/// </summary>
public sealed class ProjectUserFieldsCodeFixTests
{
    [Fact]
    public async Task Seed_projects_a_profile_and_keeps_null_for_a_signed_out_request()
    {
        await AssertFixAsync("""
            public static class Route
            {
                public static async Task<IResult> GET(Auth auth)
                {
                    var user = await auth.CurrentUserAsync();
                    return Results.Json(new { user });
                }
            }
            """, """
            public static class Route
            {
                public static async Task<IResult> GET(Auth auth)
                {
                    var user = await auth.CurrentUserAsync();
                    return Results.Json(new { user = user is null ? null : new { user.Id, user.FirstName, user.LastName, user.ImageUrl } });
                }
            }
            """);
    }

    [Fact]
    public async Task Projects_the_fields_the_handler_reads_and_never_the_metadata()
    {
        await AssertFixAsync("""
            public static class Route
            {
                public static async Task<IResult> GET(Auth auth)
                {
                    var user = await auth.CurrentUserAsync();
                    if (user is null)
                    {
                        return Results.Unauthorized();
                    }
                    var greeting = $"Hello {user.FirstName}, {user?.EmailAddresses.Count} addresses";
                    var isAdmin = user!.PrivateMetadata.ContainsKey("admin") || user.UnsafeMetadata.Count > 0;
                    return Results.Json(new { greeting, isAdmin, user, id = user.Id });
                }
            }
            """, """
            public static class Route
            {
                public static async Task<IResult> GET(Auth auth)
                {
                    var user = await auth.CurrentUserAsync();
                    if (user is null)
                    {
                        return Results.Unauthorized();
                    }
                    var greeting = $"Hello {user.FirstName}, {user?.EmailAddresses.Count} addresses";
                    var isAdmin = user!.PrivateMetadata.ContainsKey("admin") || user.UnsafeMetadata.Count > 0;
                    return Results.Json(new { greeting, isAdmin, user = new { user.FirstName, user.EmailAddresses, user.Id }, id = user.Id });
                }
            }
            """);
    }

    [Fact]
    public async Task Replaces_a_returned_user_in_place()
    {
        await AssertFixAsync("""
            public static class Route
            {
                public static object GET(User user) => user;
            }
            """, """
            public static class Route
            {
                public static object GET(User user) => new { user.Id, user.FirstName, user.LastName, user.ImageUrl };
            }
            """);
    }

    [Fact]
    public async Task Projects_a_member_and_reads_what_the_handler_reads_of_it()
    {
        await AssertFixAsync("""
            public sealed record Session(string Id, User Owner);

            public static class Route
            {
                public static IResult PATCH(Session session) =>
                    session.Owner.Username is null ? Results.BadRequest() : TypedResults.Ok(session.Owner);
            }
            """, """
            public sealed record Session(string Id, User Owner);

            public static class Route
            {
                public static IResult PATCH(Session session) =>
                    session.Owner.Username is null ? Results.BadRequest() : TypedResults.Ok(new { session.Owner.Username });
            }
            """);
    }

    [Fact]
    public async Task Looks_through_the_null_forgiving_operator()
    {
        await AssertFixAsync("""
            public static class Route
            {
                public static async Task<IResult> GET(Auth auth)
                {
                    var user = await auth.CurrentUserAsync();
                    return Results.Json(new { name = user!.Username, profile = (user!) });
                }
            }
            """, """
            public static class Route
            {
                public static async Task<IResult> GET(Auth auth)
                {
                    var user = await auth.CurrentUserAsync();
                    return Results.Json(new { name = user!.Username, profile = (new { user.Username }) });
                }
            }
            """);
    }

    [Fact]
    public async Task Keeps_a_tuple_element_name()
    {
        await AssertFixAsync("""
            public static class Route
            {
                public static IResult GET(User user) => Results.Json((user, 1));
            }
            """, """
            public static class Route
            {
                public static IResult GET(User user) => Results.Json((user: new { user.Id, user.FirstName, user.LastName, user.ImageUrl }, 1));
            }
            """);
    }

    [Theory]
    [InlineData("public static User GET(User user) => user;")]
    [InlineData("public static IResult GET(List<User> users) => Results.Json(users);")]
    [InlineData("public static async Task<IResult> GET(Auth auth) => Results.Json(await auth.CurrentUserAsync());")]
    [InlineData("public static IResult GET(User user) => Results.Json(new Profile(user));")]
    public async Task No_fix_where_the_projection_is_the_authors_to_write(string handler)
    {
        Assert.Null(await FixAsync($$"""
            public sealed record Profile(User Owner);
            public static class Route
            {
                {{handler}}
            }
            """));
    }

    private static async Task AssertFixAsync(string source, string expected)
    {
        var fixedSource = await FixAsync(source);
        Assert.Equal(expected, fixedSource);
        Assert.Empty(Analyze(fixedSource!));
    }

    /// <summary>The route file after the fix of its only CLERK016, or null when no fix is offered.</summary>
    private static Task<string?> FixAsync(string source) => CodeFixRun.FixAsync(
        Compile(source), RoutePath, compilation => Assert.Single(Analyze(compilation)),
        new ProjectUserFieldsCodeFix(), ProjectUserFieldsCodeFix.Title);
}
