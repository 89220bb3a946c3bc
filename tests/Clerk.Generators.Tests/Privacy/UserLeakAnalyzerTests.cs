using Microsoft.CodeAnalysis;
using Xunit;
using static Clerk.Generators.Tests.Privacy.PrivacyProject;

namespace Clerk.Generators.Tests.Privacy;

/// <summary>CLERK016: every way a handler can hand the Backend User to the serializer, and the ways it must not fire.</summary>
public sealed class UserLeakAnalyzerTests
{
    [Fact]
    public void Seed_user_in_an_anonymous_object_given_to_Results_Json()
    {
        var diagnostic = Assert.Single(Analyze("""
            public static class Route
            {
                public static async Task<IResult> GET(Auth auth)
                {
                    var user = await auth.CurrentUserAsync();
                    return Results.Json(new { user });
                }
            }
            """));
        Assert.Equal("CLERK016", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("user", Flagged(diagnostic));
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.EndsWith(RoutePath, diagnostic.Location.SourceTree!.FilePath);
        var message = diagnostic.GetMessage();
        Assert.StartsWith("'GET' returns the Backend User through 'user' passed to Results.Json, so its private_metadata would be serialized", message);
        Assert.Contains("new { user.Id, user.FirstName }", message);
        Assert.Contains("collections and named types", diagnostic.Descriptor.Description.ToString());
    }

    [Theory]
    [InlineData("User", "new User()")]
    [InlineData("User?", "null")]
    [InlineData("Task<User?>", "auth.CurrentUserAsync()")]
    [InlineData("ValueTask<User?>", "new(auth.CurrentUserAsync())")]
    [InlineData("User[]", "[]")]
    [InlineData("List<User>", "[]")]
    [InlineData("IEnumerable<User>", "[]")]
    [InlineData("IReadOnlyDictionary<string, User>", "new Dictionary<string, User>()")]
    [InlineData("Task<List<User>>", "auth.OrganizationMembersAsync()")]
    [InlineData("(User Owner, int Count)", "(new User(), 1)")]
    [InlineData("Microsoft.AspNetCore.Http.HttpResults.Ok<User>", "TypedResults.Ok(new User())")]
    public void Declared_return_type_that_holds_a_user(string returnType, string body)
    {
        var diagnostic = Assert.Single(Analyze($$"""
            public static class Route
            {
                public static {{returnType}} GET(Auth auth) => {{body}};
            }
            """));
        Assert.Equal(returnType, Flagged(diagnostic));
        Assert.Contains($"through its return type '{returnType}'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("object", "user", "user", "'user'")]
    [InlineData("object", "new { id = 1, owner = user }", "user", "'user'")]
    [InlineData("object", "new { page = new { items = new[] { user } } }", "new[] { user }", "'new[] { user }'")]
    [InlineData("IResult", "Results.Json(user)", "user", "'user' passed to Results.Json")]
    [InlineData("IResult", "Results.Ok(new { user })", "user", "'user' passed to Results.Ok")]
    [InlineData("IResult", "Results.Created(\"/users/1\", user)", "user", "'user' passed to Results.Created")]
    [InlineData("IResult", "Results.Json(new List<User> { user }, statusCode: 201)", "new List<User> { user }", "'new List<User> { user }' passed to Results.Json")]
    [InlineData("IResult", "TypedResults.Ok(user)", "user", "'user' passed to TypedResults.Ok")]
    [InlineData("IResult", "Results.Json(user, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<User>)null!)", "user", "'user' passed to Results.Json")]
    [InlineData("IResult", "TypedResults.Json(new { user.Id, user })", "user", "'user' passed to TypedResults.Json")]
    [InlineData("IResult", "Results.Json((user, 1))", "user", "'user' passed to Results.Json")]
    [InlineData("IResult", "Results.Json(new Profile(user, 3))", "new Profile(user, 3)", "'new Profile(user, 3)' (its Owner) passed to Results.Json")]
    [InlineData("IResult", "Results.Json(new Team { Members = [new Member(user)] })", "new Team { Members = [new Member(user)] }", "(its Members.Person)")]
    [InlineData("IResult", "auth.UserId is null ? Results.Unauthorized() : Results.Json(user)", "user", "'user' passed to Results.Json")]
    [InlineData("IResult", "auth.UserId switch { null => Results.NotFound(), _ => TypedResults.Ok(user) }", "user", "passed to TypedResults.Ok")]
    public void Returned_value_that_holds_a_user(string returnType, string returned, string flagged, string flow)
    {
        var diagnostic = Assert.Single(Analyze($$"""
            public sealed record Profile(User Owner, int Score);
            public sealed record Member(User Person);
            public sealed class Team { public List<Member> Members { get; set; } = []; }

            public static class Route
            {
                public static async Task<{{returnType}}> POST(Auth auth)
                {
                    var user = await auth.CurrentUserAsync() ?? new User();
                    return {{returned}};
                }
            }
            """));
        Assert.Equal(flagged, Flagged(diagnostic));
        Assert.Contains(flow, diagnostic.GetMessage());
        Assert.StartsWith("'POST' returns the Backend User through", diagnostic.GetMessage());
    }

    [Fact]
    public void A_result_built_before_the_return_or_written_to_the_response()
    {
        var diagnostics = Analyze("""
            public static class Route
            {
                public static IResult GET(User user)
                {
                    var result = Results.Json(new { user });
                    return result;
                }

                public static async Task POST(HttpContext context, User user) => await context.Response.WriteAsJsonAsync(new { user.Id, owner = user });
            }
            """);
        Assert.Equal(["user", "user"], diagnostics.Select(Flagged));
        Assert.StartsWith("'GET' returns the Backend User through 'user' passed to Results.Json", diagnostics[0].GetMessage());
        Assert.StartsWith("'POST' returns the Backend User through 'user' passed to WriteAsJsonAsync", diagnostics[1].GetMessage());
        Assert.Equal(8, diagnostics[1].Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Each_user_in_one_response_is_flagged()
    {
        var diagnostics = Analyze("""
            public static class Route
            {
                public static IResult GET(User owner, User viewer) => Results.Json(new { owner, viewer, both = (owner, viewer) });
            }
            """);
        Assert.Equal(["owner", "viewer", "owner", "viewer"], diagnostics.Select(Flagged));
    }

    [Fact]
    public void Minimal_api_lambdas_and_method_groups()
    {
        var diagnostics = Analyze("""
            public static class Endpoints
            {
                public static void Map(WebApplication app)
                {
                    app.MapGet("/me", async (Auth auth) => Results.Json(await auth.CurrentUserAsync()));
                    app.MapPost("/me", async (Auth auth) =>
                    {
                        var user = await auth.CurrentUserAsync();
                        return new { user };
                    });
                    app.MapGroup("/team").MapPut("/{id}", Load);
                    app.MapGet("/name", async (Auth auth) => (await auth.CurrentUserAsync())?.FirstName);
                }

                private static Task<User?> Load(string id) => Task.FromResult<User?>(null);
            }
            """, "Program.cs");
        Assert.Equal(3, diagnostics.Length);
        Assert.Equal("await auth.CurrentUserAsync()", Flagged(diagnostics[0]));
        Assert.StartsWith("'MapGet(\"/me\")' returns the Backend User through 'await auth.CurrentUserAsync()' passed to Results.Json", diagnostics[0].GetMessage());
        Assert.Equal("user", Flagged(diagnostics[1]));
        Assert.StartsWith("'MapPost(\"/me\")'", diagnostics[1].GetMessage());
        Assert.Equal("Load", Flagged(diagnostics[2]));
        Assert.StartsWith("'MapPut(\"/{id}\")' returns the Backend User through the method 'Load', which returns 'Task<User?>'", diagnostics[2].GetMessage());
    }

    [Fact]
    public void A_verb_method_in_a_route_file_is_a_handler_whatever_its_class_is_called()
    {
        var diagnostic = Assert.Single(Analyze("""
            public static class MeEndpoint
            {
                public static object DELETE(User user) => user;
            }
            """));
        Assert.Equal("user", Flagged(diagnostic));
    }

    [Fact]
    public void Silent_on_projections()
    {
        Assert.Empty(Analyze("""
            public static class Route
            {
                public static async Task<IResult> GET(Auth auth)
                {
                    var user = await auth.CurrentUserAsync();
                    if (user is null)
                    {
                        return Results.Json(new { error = "Error: No signed in user" }, statusCode: 401);
                    }
                    return Results.Json(new { userId = user.Id, email = user.EmailAddresses[0].EmailAddress });
                }

                public static async Task<IResult> POST(Auth auth) =>
                    TypedResults.Ok((await auth.OrganizationMembersAsync()).Select(member => new { member.Id, member.FirstName }));
            }
            """));
    }

    [Fact]
    public void Silent_when_the_user_is_used_but_not_returned()
    {
        Assert.Empty(Analyze("""
            public sealed record Safe([property: System.Text.Json.Serialization.JsonIgnore] User Owner, string Name);

            public static class Route
            {
                public static async Task<string> GET(Auth auth)
                {
                    var members = await auth.OrganizationMembersAsync();
                    var newest = members.OrderBy(member => member.Id).Select(member => member).First();
                    Func<User> later = () => newest;
                    User Local() => newest;
                    return $"{members.Count} members, newest {later().FirstName ?? Local().Id}";
                }

                public static IResult PUT(User user) => Results.Json(new Safe(user, user.Username ?? ""));

                private static User Load() => new();
            }
            """));
    }

    [Fact]
    public void Silent_outside_route_files_and_map_calls()
    {
        Assert.Empty(Analyze("""
            public static class Helpers
            {
                public static User GET() => new();
                public static object POST(User user) => user;
                public static Func<User, object> Echo { get; } = user => user;
                public static IResult Render(User user) => Results.Json(user);
            }
            """, "Helpers.cs"));
    }

    [Fact]
    public void Silent_without_the_backend_user_type()
    {
        var compilation = new Infrastructure.TestProject().WithoutRuntime().With(RoutePath, """
            public sealed class User { public string Id { get; set; } = ""; }
            public static class Route
            {
                public static User GET() => new();
            }
            """).Compile();
        Assert.Empty(Analyze(compilation));
    }
}
