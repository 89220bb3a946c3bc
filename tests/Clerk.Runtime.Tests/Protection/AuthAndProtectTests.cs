using System.Net.Http.Headers;

namespace Clerk.Runtime.Tests.Protection;

/// <summary>Auth as a handler parameter, auth.Protect() inside handlers, and UseClerk() over a URL space.</summary>
public sealed class AuthAndProtectTests(ClerkApp app) : IClassFixture<ClerkApp>
{
    [Fact]
    public async Task The_isAuthenticated_check_answers_401_json_when_signed_out()
    {
        using var response = await Send(HttpMethod.Get, "/api/session/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"error":"Error: No signed in user"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Auth_carries_the_user_and_the_org_role_with_its_prefix()
    {
        using var response = await Send(HttpMethod.Get, "/api/session/me", SessionTokens.Member("admin"));
        Assert.Equal("""{"userId":"user_1","orgRole":"org:admin"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.NotFound)]
    [InlineData("member-without-permission", HttpStatusCode.NotFound)]
    [InlineData("member-with-permission", HttpStatusCode.OK)]
    public async Task Protect_inside_a_generated_handler(string? caller, HttpStatusCode expected)
    {
        var token = caller switch
        {
            null => null,
            "member-with-permission" => SessionTokens.Member("member", canCreateInvoices: true),
            _ => SessionTokens.Member("member", canCreateInvoices: false),
        };
        using var response = await Send(HttpMethod.Post, "/api/session/me", token);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? "created" : "", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Protect_redirects_to_its_unauthorized_url()
    {
        using var response = await Send(HttpMethod.Delete, "/api/session/me", SessionTokens.Member("member"));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("/denied", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/manual/members", null, HttpStatusCode.NotFound)]
    [InlineData("/manual/members", "user", HttpStatusCode.OK)]
    [InlineData("/MANUAL/members/", null, HttpStatusCode.NotFound)]
    [InlineData("/manual/admin/reports", "user", HttpStatusCode.NotFound)]
    [InlineData("/manual/admin/reports", "admin", HttpStatusCode.OK)]
    public async Task UseClerk_protects_a_url_space(string path, string? caller, HttpStatusCode expected)
    {
        var token = caller switch { null => null, "admin" => SessionTokens.Member("admin"), _ => SessionTokens.User() };
        using var response = await Send(HttpMethod.Get, path, token);
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.NotFound)]
    [InlineData(true, HttpStatusCode.OK)]
    public async Task UseClerk_answers_Protect_in_a_hand_written_endpoint(bool canCreateInvoices, HttpStatusCode expected)
    {
        using var response = await Send(HttpMethod.Get, "/manual/protect", SessionTokens.Member("member", canCreateInvoices));
        Assert.Equal(expected, response.StatusCode);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string path, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        return await app.Client.SendAsync(request);
    }
}
