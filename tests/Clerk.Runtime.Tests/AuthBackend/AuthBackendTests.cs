using System.Net.Http.Headers;
using System.Text.Json;
using Clerk.Runtime.Tests.Protection;

namespace Clerk.Runtime.Tests.AuthBackend;

/// <summary>
/// <see cref="Auth"/> over real HTTP with a Backend API behind it: <c>CurrentUserAsync</c>, <c>GetTokenAsync</c> with
/// and without a template, machine tokens, and a generated handler taking <c>ClerkClient</c>.
/// </summary>
public sealed class AuthBackendTests(BackendAuthApp app) : IClassFixture<BackendAuthApp>
{
    private static readonly string SessionToken = SessionTokens.User(BackendAuthApp.UserId);

    [Fact]
    public async Task CurrentUserAsync_calls_the_Backend_API_once_per_request_however_often_it_is_called()
    {
        var before = Calls("GET", "/v1/users/" + BackendAuthApp.UserId);

        using var json = JsonDocument.Parse(await Read("/backend/user?calls=5", SessionToken));
        Assert.Equal(BackendAuthApp.UserId, json.RootElement.GetProperty("id").GetString());
        Assert.Equal("John", json.RootElement.GetProperty("firstName").GetString());
        Assert.True(json.RootElement.GetProperty("same").GetBoolean());
        Assert.Equal(before + 1, Calls("GET", "/v1/users/" + BackendAuthApp.UserId));

        // The next request asks again: the user may have changed in between.
        await Read("/backend/user?calls=1", SessionToken);
        Assert.Equal(before + 2, Calls("GET", "/v1/users/" + BackendAuthApp.UserId));
    }

    [Fact]
    public async Task CurrentUserAsync_is_null_without_a_call_when_signed_out()
    {
        var before = app.Api.Requests.Count;
        Assert.Contains("\"id\":null", await Read("/backend/user?calls=2", token: null));
        Assert.Equal(before, app.Api.Requests.Count);
    }

    [Fact]
    public async Task GetTokenAsync_without_a_template_returns_the_request_token_without_a_call()
    {
        var before = app.Api.Requests.Count;
        Assert.Equal(SessionToken, await Read("/backend/token", SessionToken));
        Assert.Equal("(none)", await Read("/backend/token", token: null));
        Assert.Equal(before, app.Api.Requests.Count);
    }

    [Fact]
    public async Task GetTokenAsync_with_a_template_mints_once_and_serves_the_token_until_shortly_before_it_expires()
    {
        const string path = "/v1/sessions/sess_1/tokens/supabase";
        var before = Calls("POST", path);

        var first = await Read("/backend/token?template=supabase&expires=120", SessionToken);
        var second = await Read("/backend/token?template=supabase&expires=120", SessionToken);
        Assert.Equal(first, second);
        Assert.Equal(before + 1, Calls("POST", path));
        var request = app.Api.Requests.Last(recorded => recorded.Path == path);
        Assert.Equal("""{"expires_in_seconds":120}""", request.Body);
        Assert.Equal("Bearer sk_test_backend_auth", request.Headers["Authorization"]);

        // Another lifetime is another token.
        var other = await Read("/backend/token?template=supabase&expires=300", SessionToken);
        Assert.NotEqual(first, other);
        Assert.Equal(before + 2, Calls("POST", path));

        // A token that would expire within the refresh margin is never served twice.
        var shortLived = await Read("/backend/token?template=supabase&expires=5", SessionToken);
        Assert.NotEqual(shortLived, await Read("/backend/token?template=supabase&expires=5", SessionToken));
        Assert.Equal(before + 4, Calls("POST", path));
    }

    [Fact]
    public async Task GetTokenAsync_surfaces_the_Backend_API_refusal_and_is_null_when_signed_out()
    {
        Assert.Equal("404 resource_not_found", await Read("/backend/token?template=unknown", SessionToken, HttpStatusCode.BadGateway));
        Assert.Equal("(none)", await Read("/backend/token?template=supabase", token: null));
    }

    [Theory]
    [InlineData(BackendAuthApp.ApiKeySecret, "ApiKey", BackendAuthApp.UserId, null, null)]
    [InlineData(BackendAuthApp.OrgApiKeySecret, "ApiKey", null, "org_2xhFjEI5X2qWRvtV13BzSj8H6Dk", null)]
    [InlineData(BackendAuthApp.M2MToken, "M2MToken", null, null, "mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk")]
    [InlineData(BackendAuthApp.OAuthToken, "OAuthToken", BackendAuthApp.UserId, null, null)]
    public async Task Machine_tokens_are_verified_by_the_Backend_API(string token, string type, string? userId, string? orgId, string? machineId)
    {
        using var json = JsonDocument.Parse(await Read("/backend/machine", token));
        var root = json.RootElement;
        Assert.Equal(type, root.GetProperty("type").GetString());
        Assert.Equal(userId, root.GetProperty("userId").GetString());
        Assert.Equal(orgId, root.GetProperty("orgId").GetString());
        Assert.Equal(machineId, root.GetProperty("machineId").GetString());
        Assert.Equal(["read", "write"], root.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()));
        // No session: no current user, no roles.
        Assert.Equal(JsonValueKind.Null, root.GetProperty("user").ValueKind);
        Assert.False(root.GetProperty("hasRole").GetBoolean());
    }

    [Theory]
    [InlineData(BackendAuthApp.RevokedApiKeySecret)]
    [InlineData("ak_unknown")]
    [InlineData("mt_unknown")]
    [InlineData("oat_unknown")]
    public async Task Machine_tokens_the_Backend_API_does_not_vouch_for_are_401(string token)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get("/backend/machine", token)).StatusCode);
    }

    [Fact]
    public async Task A_protected_route_for_API_keys_lets_a_verified_key_in_and_keeps_other_kinds_out()
    {
        Assert.Equal("machine", await Read("/api/session/machine", BackendAuthApp.ApiKeySecret));
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get("/api/session/machine", BackendAuthApp.M2MToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get("/api/session/protected", BackendAuthApp.ApiKeySecret)).StatusCode);
        var verify = app.Api.Requests.Last(recorded => recorded.Path == "/v1/api_keys/verify");
        Assert.Equal($$"""{"secret":"{{BackendAuthApp.ApiKeySecret}}"}""", verify.Body);
    }

    [Fact]
    public async Task A_generated_handler_takes_ClerkClient_from_services_beside_its_JSON_body()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/session/profile")
        {
            Content = new StringContent("""{"firstName":"John","lastName":"Wick"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SessionToken);
        using var json = JsonDocument.Parse(await (await app.Client.SendAsync(request)).ReadAsync());
        Assert.Equal("John", json.RootElement.GetProperty("firstName").GetString());

        var patch = app.Api.Requests.Last(recorded => recorded.Method == "PATCH");
        Assert.Equal("/v1/users/" + BackendAuthApp.UserId, patch.Path);
        Assert.Equal("""{"first_name":"John","last_name":"Wick"}""", patch.Body);
    }

    private async Task<string> Read(string path, string? token, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await Get(path, token)).ReadAsync(expected);

    private Task<HttpResponseMessage> Get(string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return app.Client.SendAsync(request);
    }

    private int Calls(string method, string path) =>
        app.Api.Requests.Count(recorded => recorded.Method == method && recorded.Path == path);
}
