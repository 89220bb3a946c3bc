using System.Net.Http.Headers;

namespace Clerk.Runtime.Tests.Protection;

/// <summary>Every outcome of [Protected] over real HTTP, with real tokens verified by AddClerk().</summary>
public sealed class ProtectedRouteTests(ClerkApp app) : IClassFixture<ClerkApp>
{
    [Fact]
    public async Task Signed_in_caller_gets_the_handler()
    {
        using var response = await Send("/api/session/protected", bearer: SessionTokens.User());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"message":"Hello world!"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Signed_out_api_request_is_a_404_with_an_empty_body()
    {
        using var response = await Send("/api/session/protected");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Sec-Fetch-Dest", "document")]
    [InlineData("Sec-Fetch-Dest", "iframe")]
    [InlineData("Accept", "text/html,application/xhtml+xml")]
    public async Task Signed_out_page_load_is_redirected_to_sign_in_with_the_return_url(string header, string value)
    {
        using var response = await Send("/api/session/protected?tab=1", headers: [(header, value)]);
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("https://accounts.example.com/sign-in?redirect_url=", location);
        Assert.Equal(new Uri(app.Client.BaseAddress!, "/api/session/protected?tab=1").ToString(),
            Uri.UnescapeDataString(location[(location.IndexOf('=') + 1)..]));
    }

    [Fact]
    public async Task Session_cookie_signs_in_and_a_bearer_header_wins_over_it()
    {
        using (var cookie = await Send("/api/session/protected", cookie: "__session=" + SessionTokens.User()))
        {
            Assert.Equal(HttpStatusCode.OK, cookie.StatusCode);
        }
        using var both = await Send("/api/session/protected", bearer: "not-a-token", cookie: "__session=" + SessionTokens.User());
        Assert.Equal(HttpStatusCode.NotFound, both.StatusCode);
    }

    [Fact]
    public async Task The_instances_suffixed_session_cookie_is_preferred()
    {
        var suffixed = "__session_" + Endpoints.TokenSource.CookieSuffix(ClerkApp.PublishableKey);
        using var response = await Send("/api/session/protected", cookie: $"__session=garbage; {suffixed}={SessionTokens.User()}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Expired_pending_foreign_party_and_forged_tokens_are_signed_out()
    {
        var expired = SessionTokens.User(change: p => p["exp"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds());
        var pending = SessionTokens.User(change: p => p["sts"] = "pending");
        var foreign = SessionTokens.User(change: p => p["azp"] = "https://evil.example.com");
        var forged = Verification.TokenSigner.Sign(JwsTokens.SessionHeader(),
            new Dictionary<string, object?> { ["sub"] = "user_1", ["exp"] = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds() },
            Verification.TestRsaKeys.AttackerKey);
        foreach (var token in new[] { expired, pending, foreign, forged })
        {
            using var response = await Send("/api/session/protected", bearer: token);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_template_token_used_as_a_session_token_is_a_401()
    {
        var header = JwsTokens.SessionHeader();
        header["cat"] = "cl_B7d4PD222AAA";
        var token = Verification.TokenSigner.Sign(header, new Dictionary<string, object?>
        {
            ["sub"] = "user_1", ["azp"] = ClerkApp.AuthorizedParty, ["exp"] = DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds(),
        });
        using var response = await Send("/api/session/protected", bearer: token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("ak_live_123", "/api/session/protected", HttpStatusCode.Unauthorized)] // API key on a session route
    [InlineData("mt_123", "/api/session/machine", HttpStatusCode.Unauthorized)]      // not an API key
    [InlineData("ak_live_123", "/api/session/machine", HttpStatusCode.Unauthorized)] // no secret key to verify it with: never let in
    public async Task Machine_tokens_are_401_never_404(string token, string path, HttpStatusCode expected)
    {
        using var response = await Send(path, bearer: token);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_session_token_on_an_api_key_route_is_a_401()
    {
        using var response = await Send("/api/session/machine", bearer: SessionTokens.User());
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("member", HttpStatusCode.NotFound)]
    public async Task Role_checks_answer_404_never_403(string role, HttpStatusCode expected)
    {
        using var response = await Send("/api/session/admin", bearer: SessionTokens.Member(role));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_without_an_organization_is_unauthorized_for_a_role()
    {
        using var response = await Send("/api/session/admin", bearer: SessionTokens.User());
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.NotFound)]
    public async Task Method_level_permission_refines_the_class_level_role(bool canCreateInvoices, HttpStatusCode expected)
    {
        using var response = await Send("/api/session/admin", HttpMethod.Post, bearer: SessionTokens.Member("admin", canCreateInvoices));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Configured_urls_replace_the_404s()
    {
        using var signedOut = await Send("/api/session/redirects");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, signedOut.StatusCode);
        Assert.Equal("/login", signedOut.Headers.Location!.ToString());

        using var member = await Send("/api/session/redirects", bearer: SessionTokens.Member("member"));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, member.StatusCode);
        Assert.Equal("/denied", member.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_guard_and_the_handler_share_one_Auth()
    {
        using var response = await Send("/api/session/whoami", bearer: SessionTokens.User());
        Assert.Equal("sess_1", await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> Send(
        string path, HttpMethod? method = null, string? bearer = null, string? cookie = null, (string Name, string Value)[]? headers = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return await app.Client.SendAsync(request);
    }
}
