using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Clerk.Emulator;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// samples/RouteHandlers as it runs against a real Clerk instance (secret key, publishable key, API URL, authorized
/// parties; Production), with an emulator as that instance. Session tokens minted by the emulator travel as a bearer
/// token or as the <c>__session</c> cookie, and are verified by the sample with the instance's JWKS; the routes that
/// call the Backend API (template token, current user, user update) are checked against the emulator's state.
/// </summary>
public sealed class SampleAgainstEmulatorTests(EmulatorSampleFixture clerk) : IClassFixture<EmulatorSampleFixture>
{
    private RunningApp App => clerk.App;

    public static TheoryData<string> Transports => new() { "bearer", "cookie" };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task An_admin_of_Acme_gets_every_seed_route_and_the_admin_only_ones(string transport)
    {
        var ada = await clerk.Emulator.SignInAsync(clerk.AdaId, clerk.AcmeId);
        var caller = As(transport, ada.Token);

        await SeedRouteChecks.SignedInAsync(App, caller, clerk.AdaId, "ada@example.com");
        await SeedRouteChecks.OrgAdminAsync(App, caller, clerk.AcmeId);
    }

    [Fact]
    public async Task A_member_of_Acme_reads_reports_but_the_admin_route_is_a_404()
    {
        var grace = await clerk.Emulator.SignInAsync(clerk.GraceId, clerk.AcmeId);
        var caller = Caller.WithBearer(grace.Token);

        await SeedRouteChecks.SignedInAsync(App, caller, clerk.GraceId, "grace@example.com");
        await SeedRouteChecks.OrgMemberAsync(App, caller);
    }

    [Fact]
    public async Task A_user_in_no_organization_is_signed_in_and_the_organization_routes_are_404s()
    {
        var linus = await clerk.Emulator.SignInAsync(clerk.LinusId);
        var caller = Caller.WithCookie(linus.Token);

        await SeedRouteChecks.SignedInAsync(App, caller, clerk.LinusId, "linus@example.com");
        await SeedRouteChecks.NoOrganizationAsync(App, caller);
    }

    [Fact]
    public async Task Signed_out_every_seed_route_answers_as_the_seed_page_says()
    {
        await SeedRouteChecks.SignedOutAsync(App, Caller.SignedOut);
    }

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task An_expired_session_token_is_signed_out_on_every_route(string transport)
    {
        var ada = await clerk.Emulator.SignInAsync(clerk.AdaId, clerk.AcmeId);
        // Expired a minute ago, well past the 5 s clock skew; the session itself is still active.
        var expired = await clerk.Emulator.CreateSessionTokenAsync(ada.SessionId, TimeSpan.FromMinutes(-1));

        await SeedRouteChecks.SignedOutAsync(App, As(transport, expired));
    }

    [Fact]
    public async Task A_session_token_of_another_Clerk_instance_is_signed_out()
    {
        // Same claims shape, same authorized party, but signed with another instance's key (a kid the JWKS lacks).
        await using var other = await ClerkEmulator.StartAsync(new ClerkEmulatorOptions
        {
            AuthorizedParty = EmulatorSampleFixture.AuthorizedParty,
            RateLimiting = false,
        });
        var stranger = await other.CreateUserAsync("ada@example.com");
        var session = await other.SignInAsync(stranger.Id);

        await SeedRouteChecks.SignedOutAsync(App, Caller.WithBearer(session.Token));
    }

    [Fact]
    public async Task The_bearer_token_wins_over_the_session_cookie()
    {
        var grace = await clerk.Emulator.SignInAsync(clerk.GraceId);
        var ada = await clerk.Emulator.SignInAsync(clerk.AdaId);

        var answer = await App.GetAsync("/api/is-authenticated", new Caller(grace.Token, "__session=" + ada.Token));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal($$"""{"userId":"{{clerk.GraceId}}"}""", answer.Body);
    }

    [Fact]
    public async Task A_signed_out_page_load_is_sent_to_the_instances_account_portal()
    {
        var redirect = await App.GetAsync("/api?tab=1", Caller.SignedOut, ("Sec-Fetch-Dest", "document"));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.Status);
        // pk_test_ + base64("<name>.clerk.accounts.dev$"): the Account Portal is https://<name>.accounts.dev/sign-in.
        var frontendApi = Encoding.UTF8.GetString(Convert.FromBase64String(clerk.Emulator.PublishableKey["pk_test_".Length..])).TrimEnd('$');
        var accountPortal = "https://" + frontendApi.Replace(".clerk.accounts.", ".accounts.", StringComparison.Ordinal) + "/sign-in";
        var returnUrl = $"http://127.0.0.1:{App.Port}/api?tab=1";
        Assert.Equal(accountPortal + "?redirect_url=" + Uri.EscapeDataString(returnUrl), redirect.Location);
    }

    [Fact]
    public async Task The_supabase_route_gets_its_template_token_from_the_Backend_API_and_caches_it_per_session()
    {
        var templates = (await clerk.GetJsonAsync("/v1/jwt_templates")).AsArray();
        var template = Assert.Single(templates, t => (string?)t!["name"] == "supabase")!;
        var before = Caller.WithBearer((await clerk.Emulator.SignInAsync(clerk.GraceId, clerk.AcmeId)).Token);
        var first = await App.GetAsync("/api/supabase", before);
        Assert.True(first.Status == HttpStatusCode.OK, $"GET /api/supabase: {first}\n{App.Output}");

        await clerk.SendJsonAsync(HttpMethod.Delete, $"/v1/jwt_templates/{(string)template["id"]!}");
        try
        {
            // A new session has no token yet and the instance has no such template any more: the handler's
            // GetTokenAsync(template: "supabase") fails with Clerk's 404, which the sample leaves unhandled.
            var after = Caller.WithBearer((await clerk.Emulator.SignInAsync(clerk.GraceId, clerk.AcmeId)).Token);
            var failed = await App.GetAsync("/api/supabase", after);
            Assert.True(failed.Status == HttpStatusCode.InternalServerError, $"GET /api/supabase without the template: {failed}");
            Assert.DoesNotContain("Hello World", failed.Body);

            // The first session's token was minted a moment ago with a 60 s lifetime and is served from the cache.
            var cached = await App.GetAsync("/api/supabase", before);
            Assert.True(cached.Status == HttpStatusCode.OK, $"GET /api/supabase with a cached token: {cached}\n{App.Output}");
        }
        finally
        {
            await clerk.SendJsonAsync(HttpMethod.Post, "/v1/jwt_templates", new JsonObject
            {
                ["name"] = "supabase",
                ["claims"] = template["claims"]!.DeepClone(),
                ["lifetime"] = (long)template["lifetime"]!,
            });
        }

        var again = await App.GetAsync("/api/supabase", Caller.WithBearer((await clerk.Emulator.SignInAsync(clerk.GraceId, clerk.AcmeId)).Token));
        Assert.Equal(HttpStatusCode.OK, again.Status);
    }

    [Fact]
    public async Task Update_user_renames_the_user_in_Clerk_and_the_session_still_works()
    {
        var linus = await clerk.Emulator.SignInAsync(clerk.LinusId);
        var caller = Caller.WithCookie(linus.Token);

        await SeedRouteChecks.UpdateUserAsync(App, caller, clerk.LinusId);

        var stored = await clerk.GetJsonAsync($"/v1/users/{clerk.LinusId}");
        Assert.Equal("John", (string?)stored["first_name"]);
        Assert.Equal("Wick", (string?)stored["last_name"]);
        var currentUser = await App.GetAsync("/api/current-user", caller);
        Assert.Equal(HttpStatusCode.OK, currentUser.Status);
        Assert.Equal(SeedRouteChecks.CurrentUser(clerk.LinusId, "linus@example.com", "John", "Wick"), currentUser.Body);
    }

    private static Caller As(string transport, string token) =>
        transport == "bearer" ? Caller.WithBearer(token) : Caller.WithCookie(token);
}
