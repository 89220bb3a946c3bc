using System.Net;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// What a developer sees after <c>dotnet run --project samples/RouteHandlers</c>: the sample in Development with no
/// Clerk keys, on its embedded emulator seeded from clerk-seed.json. Every caller signs in through the real
/// <c>/sign-in</c> page (its forms read from the HTML and posted back, its cookie sent back), and every seed route is
/// called over HTTP as an admin of Acme, a member, a user without an organization, and a signed-out caller.
/// </summary>
public sealed class SampleSeedRoutesTests(DevelopmentSampleFixture sample) : IClassFixture<DevelopmentSampleFixture>
{
    private const string Ada = "ada@example.com";
    private const string Grace = "grace@example.com";
    private const string Linus = "linus@example.com";

    private RunningApp App => sample.App;

    [Fact]
    public void With_no_Clerk_keys_the_sample_runs_on_its_embedded_emulator()
    {
        Assert.Contains("Running against the Clerk emulator at http://127.0.0.1:", App.Output);
        Assert.Contains("sign in at /sign-in", App.Output);
    }

    [Fact]
    public async Task The_sign_in_page_lists_each_seed_user_alone_and_in_each_of_their_organizations()
    {
        var forms = await sample.SignInFormsAsync();

        string[] Buttons(string email) =>
            forms.Where(form => form.User.EndsWith($"<{email}>", StringComparison.Ordinal)).Select(form => form.Label).ToArray();
        Assert.Equal(["Sign in", "Sign in to Acme (org:admin)"], Buttons(Ada));
        Assert.Equal(["Sign in", "Sign in to Acme (org:member)"], Buttons(Grace));
        Assert.Equal(["Sign in"], Buttons(Linus));
        // Both Acme buttons name the same organization, and each form returns to where the page was asked to.
        Assert.Single(forms.Where(form => form.OrganizationId is not null).Select(form => form.OrganizationId).Distinct());
        Assert.All(forms, form => Assert.Equal("/", form.Fields["redirect_url"]));
        Assert.All(forms, form => Assert.StartsWith("user_", form.UserId));
    }

    [Fact]
    public async Task An_admin_of_Acme_gets_every_seed_route_and_the_admin_only_ones()
    {
        var ada = await sample.SignInAsync(Ada, "Sign in to Acme (org:admin)");
        var caller = new Caller(null, ada.Cookie);

        await SeedRouteChecks.SignedInAsync(App, caller, ada.UserId, Ada);
        await SeedRouteChecks.OrgAdminAsync(App, caller, ada.OrganizationId!);
    }

    [Fact]
    public async Task A_member_of_Acme_reads_reports_but_the_admin_route_is_a_404()
    {
        var grace = await sample.SignInAsync(Grace, "Sign in to Acme (org:member)");
        var caller = new Caller(null, grace.Cookie);

        await SeedRouteChecks.SignedInAsync(App, caller, grace.UserId, Grace);
        await SeedRouteChecks.OrgMemberAsync(App, caller);
    }

    [Theory]
    [InlineData(Linus)]   // in no organization
    [InlineData(Ada)]     // an admin of Acme, signed in without choosing it
    public async Task Signed_in_without_an_active_organization_the_organization_routes_are_404s(string email)
    {
        var user = await sample.SignInAsync(email, "Sign in");
        var caller = new Caller(null, user.Cookie);
        Assert.Null(user.OrganizationId);

        await SeedRouteChecks.SignedInAsync(App, caller, user.UserId, email);
        await SeedRouteChecks.NoOrganizationAsync(App, caller);
    }

    [Fact]
    public async Task Signed_out_every_seed_route_answers_as_the_seed_page_says()
    {
        await SeedRouteChecks.SignedOutAsync(App, Caller.SignedOut);
    }

    [Fact]
    public async Task A_cookie_that_is_not_a_session_token_is_signed_out()
    {
        await SeedRouteChecks.SignedOutAsync(App, new Caller(null, "__session=not-a-token"));
    }

    [Theory]
    [InlineData("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")]
    [InlineData("Sec-Fetch-Dest", "document")]
    public async Task A_signed_out_page_load_goes_to_sign_in_and_comes_back_signed_in(string header, string value)
    {
        var returnUrl = $"{sample.Origin}/api";

        var redirect = await App.GetAsync("/api", Caller.SignedOut, (header, value));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.Status);
        Assert.Equal("/sign-in?redirect_url=" + Uri.EscapeDataString(returnUrl), redirect.Location);
        Assert.Equal("", redirect.Body);

        // The sign-in page the redirect names carries the return URL in its forms, and signing in goes back there.
        var forms = await sample.SignInFormsAsync(returnUrl);
        Assert.All(forms, form => Assert.Equal(returnUrl, form.Fields["redirect_url"]));
        var form = forms.First(form => form.User.EndsWith($"<{Linus}>", StringComparison.Ordinal));
        var signIn = await App.AnswerAsync(HttpMethod.Post, form.Action, content: new FormUrlEncodedContent(form.Fields));
        Assert.Equal(HttpStatusCode.SeeOther, signIn.Status);
        Assert.Equal(returnUrl, signIn.Location);

        var back = await App.GetAsync("/api", new Caller(null, "__session=" + signIn.Cookie("__session")), (header, value));
        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Equal("""{"message":"Hello world!"}""", back.Body);
    }

    [Fact]
    public async Task A_signed_in_page_load_of_a_route_the_user_may_not_see_is_a_404_not_a_redirect()
    {
        var grace = await sample.SignInAsync(Grace, "Sign in to Acme (org:member)");

        var org = await App.GetAsync("/api/org", new Caller(null, grace.Cookie), ("Sec-Fetch-Dest", "document"));

        Assert.Equal(HttpStatusCode.NotFound, org.Status);
        Assert.Null(org.Location);
    }

    [Fact]
    public async Task Update_user_renames_the_user_in_the_emulator_until_the_reset_and_the_session_still_works()
    {
        var linus = await sample.SignInAsync(Linus, "Sign in");
        var caller = new Caller(null, linus.Cookie);

        await SeedRouteChecks.UpdateUserAsync(App, caller, linus.UserId);

        // The session is unchanged and the Backend API has the new name: current-user reads it again.
        var currentUser = await App.GetAsync("/api/current-user", caller);
        Assert.Equal(HttpStatusCode.OK, currentUser.Status);
        Assert.Equal(SeedRouteChecks.CurrentUser(linus.UserId, Linus, "John", "Wick"), currentUser.Body);
        // A second read of the user, from the emulator's store: the sign-in page now lists John Wick.
        var forms = await sample.SignInFormsAsync();
        Assert.Contains(forms, form => form.UserId == linus.UserId && form.User == $"John Wick <{Linus}>");

        // The development reset gives the seed's name back, to the same user and the same session.
        var reset = await App.PostAsync("/sign-in/reset-users", Caller.SignedOut);
        Assert.True(reset.Status == HttpStatusCode.NoContent, $"POST /sign-in/reset-users: {reset}\n{App.Output}");
        var afterReset = await App.GetAsync("/api/current-user", caller);
        Assert.Equal(SeedRouteChecks.CurrentUser(linus.UserId, Linus, "Linus", "Torvalds"), afterReset.Body);
        Assert.Contains(await sample.SignInFormsAsync(), form => form.UserId == linus.UserId && form.User == $"Linus Torvalds <{Linus}>");
    }

    [Fact]
    public async Task Backend_API_calls_log_no_HttpClient_or_Polly_lines_but_the_app_still_logs_at_Information()
    {
        var ada = await sample.SignInAsync(Ada, "Sign in");

        var currentUser = await App.GetAsync("/api/current-user", new Caller(null, ada.Cookie));

        Assert.Equal(HttpStatusCode.OK, currentUser.Status);
        // appsettings.Development.json: HttpClient and Polly log at Warning, everything else at Information.
        Assert.DoesNotContain("System.Net.Http.HttpClient", App.Output);
        Assert.DoesNotContain("Polly", App.Output);
        Assert.Contains("info: Clerk.", App.Output);
    }

    [Fact]
    public async Task Signing_out_clears_the_session_cookie()
    {
        var answer = await App.GetAnswerAsync("/sign-out?redirect_url=%2F");

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.Equal("/", answer.Location);
        var cookie = Assert.Single(answer.SetCookies, header => header.StartsWith("__session=", StringComparison.Ordinal));
        Assert.Contains("expires=Thu, 01 Jan 1970", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/users/42", """{"id":42,"name":"Ada"}""")]
    [InlineData("/api/users/me", "me")]
    [InlineData("/api/files/a/b.txt", """{"segments":["a","b.txt"]}""")]
    [InlineData("/api/docs", "index")]
    [InlineData("/api/docs/x/y", "doc x/y")]
    [InlineData("/api/stats", """{"path":"/api/stats","trace":null}""")]
    public async Task The_route_shape_showcase_answers_everyone(string path, string expected)
    {
        var answer = await App.GetAsync(path, Caller.SignedOut);

        Assert.True(answer.Status == HttpStatusCode.OK, $"GET {path}: {answer}");
        Assert.Equal(expected, answer.Body);
    }

    [Fact]
    public async Task A_private_folder_is_never_routed()
    {
        var answer = await App.GetAsync("/api/_lib", Caller.SignedOut);

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task The_page_at_the_root_is_served()
    {
        var page = await App.GetAsync("/", Caller.SignedOut);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("id=\"call-all\"", page.Body);
        Assert.Contains("data-route=\"POST /api/update-user\"", page.Body);
    }
}
