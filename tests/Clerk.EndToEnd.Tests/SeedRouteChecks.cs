using System.Net;
using System.Text.Json.Nodes;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests;

/// <summary>How a request carries its session: a bearer token, a <c>Cookie</c> header, or neither.</summary>
internal sealed record Caller(string? Bearer, string? Cookie)
{
    public static Caller SignedOut { get; } = new(null, null);

    public static Caller WithBearer(string token) => new(token, null);

    public static Caller WithCookie(string token) => new(null, "__session=" + token);

    public override string ToString() => Bearer is not null ? "bearer" : Cookie is not null ? "cookie" : "signed out";
}

/// <summary>
/// What samples/RouteHandlers answers on each seed route for each kind of caller, whichever Clerk it runs on (its
/// embedded emulator in Development, or an emulator configured as a real instance): the expectations are the seed
/// page's, so both configurations are checked against the same text.
/// </summary>
internal static class SeedRouteChecks
{
    public const string SignedOutError = """{"error":"Error: No signed in user"}""";

    public static Task<HttpAnswer> GetAsync(this RunningApp app, string path, Caller caller, params (string Name, string Value)[] headers) =>
        app.GetAnswerAsync(path, caller.Bearer, caller.Cookie, headers);

    public static Task<HttpAnswer> PostAsync(this RunningApp app, string path, Caller caller) =>
        app.AnswerAsync(HttpMethod.Post, path, caller.Bearer, caller.Cookie, content: new StringContent(""));

    /// <summary>The routes every signed-in user gets: <c>/api</c>, is-authenticated, supabase and current-user.</summary>
    public static async Task SignedInAsync(RunningApp app, Caller caller, string userId, string email)
    {
        var protectedRoute = await app.GetAsync("/api", caller);
        Assert.True(protectedRoute.Status == HttpStatusCode.OK, $"GET /api ({caller}): {protectedRoute}\n{app.Output}");
        Assert.Equal("application/json", protectedRoute.MediaType);
        Assert.Equal("""{"message":"Hello world!"}""", protectedRoute.Body);

        var isAuthenticated = await app.GetAsync("/api/is-authenticated", caller);
        Assert.Equal(HttpStatusCode.OK, isAuthenticated.Status);
        Assert.Equal($$"""{"userId":"{{userId}}"}""", isAuthenticated.Body);

        var supabase = await app.GetAsync("/api/supabase", caller);
        Assert.True(supabase.Status == HttpStatusCode.OK, $"GET /api/supabase ({caller}): {supabase}\n{app.Output}");
        var answer = JsonNode.Parse(supabase.Body)!.AsObject();
        Assert.Equal(["data", "token"], answer.Select(property => property.Key));
        Assert.Equal("""{"supabaseData":"Hello World"}""", answer["data"]!.ToJsonString());
        AssertSupabaseClaims(JwsTokens.Payload((string)answer["token"]!), userId, email);

        var currentUser = await app.GetAsync("/api/current-user", caller);
        Assert.True(currentUser.Status == HttpStatusCode.OK, $"GET /api/current-user ({caller}): {currentUser}\n{app.Output}");
        // The primary email and the names, nothing else of the Backend User: its private metadata never leaves the server.
        // The names are the store's of the moment (update-user tests rename users), so they are checked where renamed.
        var fields = JsonNode.Parse(currentUser.Body)!.AsObject();
        Assert.Equal(["userId", "email", "firstName", "lastName", "username"], fields.Select(property => property.Key));
        Assert.Equal((userId, email), ((string?)fields["userId"], (string?)fields["email"]));
    }

    /// <summary>What <c>GET /api/current-user</c> answers for a user of that name (the seed's users have no username).</summary>
    public static string CurrentUser(string userId, string email, string firstName, string lastName) =>
        $$"""{"userId":"{{userId}}","email":"{{email}}","firstName":"{{firstName}}","lastName":"{{lastName}}","username":null}""";

    /// <summary>The claims of a token the seed's <c>supabase</c> template minted for the user.</summary>
    public static void AssertSupabaseClaims(JsonObject claims, string userId, string email)
    {
        Assert.Equal(userId, (string?)claims["sub"]);
        Assert.Equal("authenticated", (string?)claims["aud"]);
        Assert.Equal("authenticated", (string?)claims["role"]);
        Assert.Equal(email, (string?)claims["email"]);
        // The template's 60-second lifetime: a template token, not the session token passed along.
        Assert.Equal(60, (long)claims["exp"]! - (long)claims["iat"]!);
    }

    /// <summary><c>/api/org</c> and <c>/api/reports</c> for an admin of Acme.</summary>
    public static async Task OrgAdminAsync(RunningApp app, Caller caller, string organizationId)
    {
        var org = await app.GetAsync("/api/org", caller);
        Assert.True(org.Status == HttpStatusCode.OK, $"GET /api/org ({caller}): {org}\n{app.Output}");
        Assert.Equal($$"""{"orgId":"{{organizationId}}","orgSlug":"acme","orgRole":"org:admin"}""", org.Body);

        // org:sys_* permissions of the role are never in a session token.
        await ReportsAsync(app, caller, ["org:reports:manage", "org:reports:read"]);
    }

    /// <summary>A member of Acme: reads reports, but <c>[Protected(Role = "org:admin")]</c> is a 404, never a 403.</summary>
    public static async Task OrgMemberAsync(RunningApp app, Caller caller)
    {
        var org = await app.GetAsync("/api/org", caller);
        Assert.Equal(HttpStatusCode.NotFound, org.Status);
        Assert.Equal("", org.Body);

        await ReportsAsync(app, caller, ["org:reports:read"]);
    }

    /// <summary>Signed in with no active organization: both organization routes are 404s with empty bodies.</summary>
    public static async Task NoOrganizationAsync(RunningApp app, Caller caller)
    {
        foreach (var path in new[] { "/api/org", "/api/reports" })
        {
            var answer = await app.GetAsync(path, caller);
            Assert.True(answer.Status == HttpStatusCode.NotFound, $"GET {path} ({caller}): {answer}");
            Assert.Equal("", answer.Body);
        }
    }

    /// <summary>Every seed route as a signed-out caller (no session, or one that does not verify) sees it.</summary>
    public static async Task SignedOutAsync(RunningApp app, Caller caller)
    {
        foreach (var path in new[] { "/api", "/api/org", "/api/reports" })
        {
            var answer = await app.GetAsync(path, caller);
            Assert.True(answer.Status == HttpStatusCode.NotFound, $"GET {path} ({caller}): {answer}\n{app.Output}");
            Assert.Equal("", answer.Body);
        }

        var isAuthenticated = await app.GetAsync("/api/is-authenticated", caller);
        Assert.Equal(HttpStatusCode.Unauthorized, isAuthenticated.Status);
        Assert.Equal("application/json", isAuthenticated.MediaType);
        Assert.Equal(SignedOutError, isAuthenticated.Body);

        foreach (var path in new[] { "/api/supabase", "/api/current-user" })
        {
            var answer = await app.GetAsync(path, caller);
            Assert.True(answer.Status == HttpStatusCode.Unauthorized, $"GET {path} ({caller}): {answer}\n{app.Output}");
            Assert.Equal("text/plain", answer.MediaType);
            Assert.Equal("Unauthorized", answer.Body);
        }

        // NextResponse.redirect(new URL('/sign-in', req.url)): a 307 to the app's own sign-in page.
        var update = await app.PostAsync("/api/update-user", caller);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, update.Status);
        Assert.Equal($"http://127.0.0.1:{app.Port}/sign-in", update.Location);
    }

    /// <summary>POST /api/update-user renames the caller John Wick and answers with its public fields only.</summary>
    public static async Task UpdateUserAsync(RunningApp app, Caller caller, string userId)
    {
        var update = await app.PostAsync("/api/update-user", caller);
        Assert.True(update.Status == HttpStatusCode.OK, $"POST /api/update-user ({caller}): {update}\n{app.Output}");
        var user = JsonNode.Parse(update.Body)!["user"]!.AsObject();
        Assert.Equal(["id", "firstName", "lastName", "imageUrl"], user.Select(property => property.Key));
        Assert.Equal(userId, (string?)user["id"]);
        Assert.Equal("John", (string?)user["firstName"]);
        Assert.Equal("Wick", (string?)user["lastName"]);
    }

    private static async Task ReportsAsync(RunningApp app, Caller caller, string[] permissions)
    {
        var reports = await app.GetAsync("/api/reports", caller);
        Assert.True(reports.Status == HttpStatusCode.OK, $"GET /api/reports ({caller}): {reports}\n{app.Output}");
        var body = JsonNode.Parse(reports.Body)!;
        Assert.Equal("Reports for acme", (string?)body["title"]);
        Assert.Equal(permissions, body["permissions"]!.AsArray().Select(p => (string)p!).Order(StringComparer.Ordinal));
    }
}
