using System.Text.Json.Nodes;
using Clerk.BackendApi;

namespace Clerk.Runtime.Tests.BackendApi;

/// <summary>The exact requests the client sends, checked at a fake Backend API on loopback.</summary>
public sealed class ClerkClientRequestTests : IAsyncLifetime
{
    private FakeClerkApi api = null!;

    public async Task InitializeAsync() => api = await FakeClerkApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task GetUser_sends_GET_under_v1_with_the_secret_key_the_API_version_and_a_user_agent()
    {
        api.ThenJson(200, SpecShapedJson.User);
        var clerk = ClerkClients.Create(api);

        var user = await clerk.Users.GetUserAsync("user_123");

        var request = Assert.Single(api.Requests);
        Assert.Equal(("GET", "/v1/users/user_123", ""), (request.Method, request.Path, request.QueryString));
        Assert.Equal($"Bearer {ClerkClients.SecretKey}", request.Headers["Authorization"]);
        Assert.Equal("2026-05-12", request.Headers["Clerk-API-Version"]);
        Assert.Matches(@"^Clerk\.Runtime/\d+\.\d+\.\d+$", request.Headers["User-Agent"]);
        Assert.Equal("", request.Body);
        Assert.Equal("John", user.FirstName);
    }

    [Fact]
    public async Task Path_parameters_are_escaped()
    {
        api.ThenJson(200, SpecShapedJson.User);

        await ClerkClients.Create(api).Users.GetUserAsync("user/../x y");

        Assert.Equal("/v1/users/user%2F..%2Fx%20y", Assert.Single(api.Requests).RawTarget);
    }

    [Fact]
    public async Task UpdateUser_sends_only_the_properties_that_were_set()
    {
        api.ThenJson(200, SpecShapedJson.User);
        var clerk = ClerkClients.Create(api);
        var userId = "user_123";

        await clerk.Users.UpdateUserAsync(userId, new() { FirstName = "John", LastName = "Wick" });

        var request = Assert.Single(api.Requests);
        Assert.Equal(("PATCH", "/v1/users/user_123"), (request.Method, request.Path));
        Assert.Equal("""{"first_name":"John","last_name":"Wick"}""", request.Body);
        Assert.StartsWith("application/json", request.Headers["Content-Type"]);
    }

    [Fact]
    public async Task MergeUserMetadata_sends_metadata_with_its_own_keys_and_nulls_that_delete()
    {
        api.ThenJson(200, SpecShapedJson.User);
        var clerk = ClerkClients.Create(api);

        await clerk.Users.MergeUserMetadataAsync("user_123", new()
        {
            PublicMetadata = new JsonObject { ["plan"] = "pro", ["camelCaseKey"] = 1, ["obsolete"] = null },
        });

        var request = Assert.Single(api.Requests);
        Assert.Equal(("PATCH", "/v1/users/user_123/metadata"), (request.Method, request.Path));
        Assert.Equal("""{"public_metadata":{"plan":"pro","camelCaseKey":1,"obsolete":null}}""", request.Body);
    }

    [Fact]
    public async Task ReplaceUserMetadata_is_a_PUT()
    {
        api.ThenJson(200, SpecShapedJson.User);

        await ClerkClients.Create(api).Users.ReplaceUserMetadataAsync("user_123", new() { PrivateMetadata = new JsonObject { ["a"] = 1 } });

        var request = Assert.Single(api.Requests);
        Assert.Equal(("PUT", "/v1/users/user_123/metadata", """{"private_metadata":{"a":1}}"""), (request.Method, request.Path, request.Body));
    }

    [Fact]
    public async Task ListUsers_repeats_the_key_of_each_list_filter_and_sends_paging_and_order()
    {
        api.ThenJson(200, $"[{SpecShapedJson.User}]");
        var clerk = ClerkClients.Create(api);

        var users = await clerk.Users.ListUsersAsync(new()
        {
            EmailAddress = ["a@example.com", "b@example.com"],
            UserId = ["-user_1"],
            Query = "john",
            LastActiveAtAfter = 1700690400000,
            Limit = 20,
            Offset = 40,
            OrderBy = "-created_at",
        });

        var request = Assert.Single(api.Requests);
        Assert.Equal(("GET", "/v1/users"), (request.Method, request.Path));
        Assert.Contains("email_address=a%40example.com&email_address=b%40example.com", request.QueryString);
        Assert.Equal(["a@example.com", "b@example.com"], request.Query["email_address"]);
        Assert.Equal(["-user_1"], request.Query["user_id"]);
        Assert.Equal(["john"], request.Query["query"]);
        Assert.Equal(["1700690400000"], request.Query["last_active_at_after"]);
        Assert.Equal(["20"], request.Query["limit"]);
        Assert.Equal(["40"], request.Query["offset"]);
        Assert.Equal(["-created_at"], request.Query["order_by"]);
        Assert.Equal(7, request.Query.Count);
        Assert.Equal("user_2xhFjEI5X2qWRvtV13BzSj8H6Dk", Assert.Single(users).Id);
    }

    [Fact]
    public async Task ListUsers_without_a_query_sends_no_query_string()
    {
        api.ThenJson(200, "[]");

        Assert.Empty(await ClerkClients.Create(api).Users.ListUsersAsync());

        Assert.Equal("", Assert.Single(api.Requests).QueryString);
    }

    [Fact]
    public async Task CountUsers_reads_the_total_count()
    {
        api.ThenJson(200, """{"object":"total_count","total_count":42}""");

        var count = await ClerkClients.Create(api).Users.CountUsersAsync(new() { Banned = true });

        var request = Assert.Single(api.Requests);
        Assert.Equal("/v1/users/count", request.Path);
        Assert.Equal("?banned=true", request.QueryString);
        Assert.Equal(42, count.Count);
    }

    [Fact]
    public async Task CreateSessionTokenFromTemplate_posts_the_lifetime_to_the_template_path()
    {
        api.ThenJson(200, """{"object":"token","jwt":"eyJ.a.b"}""");
        var clerk = ClerkClients.Create(api);

        var token = await clerk.Sessions.CreateSessionTokenFromTemplateAsync("sess_1", "supabase", new() { ExpiresInSeconds = 120 });

        var request = Assert.Single(api.Requests);
        Assert.Equal(("POST", "/v1/sessions/sess_1/tokens/supabase", """{"expires_in_seconds":120}"""), (request.Method, request.Path, request.Body));
        Assert.Equal("eyJ.a.b", token.Jwt);
    }

    [Fact]
    public async Task CreateSessionTokenFromTemplate_without_a_lifetime_sends_an_empty_object()
    {
        api.ThenJson(200, """{"object":"token","jwt":"eyJ.a.b"}""");

        await ClerkClients.Create(api).Sessions.CreateSessionTokenFromTemplateAsync("sess_1", "supabase", new());

        Assert.Equal("{}", Assert.Single(api.Requests).Body);
    }

    [Fact]
    public async Task Machine_token_verify_endpoints_post_the_token()
    {
        api.ThenJson(200, """{"object":"api_key","id":"ak_1","type":"api_key","subject":"user_1","name":"ci","scopes":["read"],"claims":{"tier":"gold"},"revoked":false,"revocation_reason":null,"expired":false,"expiration":null,"created_by":null,"last_used_at":null,"created_at":1,"updated_at":2}""")
            .ThenJson(200, """{"object":"machine_to_machine_token","id":"mt_1","subject":"mch_1","scopes":["mch_2"],"claims":null,"revoked":false,"revocation_reason":null,"expired":false,"expiration":5,"last_used_at":null,"created_at":1,"updated_at":2}""")
            .ThenJson(200, """{"active":false}""");
        var clerk = ClerkClients.Create(api);

        var apiKey = await clerk.ApiKeys.VerifyApiKeyAsync(new() { Secret = "ak_secret" });
        var m2m = await clerk.M2MTokens.VerifyM2MTokenAsync(new() { Token = "mt_secret" });
        var oauth = await clerk.OAuthAccessTokens.VerifyOAuthAccessTokenAsync(new() { AccessToken = "oat_secret" });

        Assert.Equal(
            [("POST", "/v1/api_keys/verify", """{"secret":"ak_secret"}"""), ("POST", "/v1/m2m_tokens/verify", """{"token":"mt_secret"}"""),
             ("POST", "/v1/oauth_applications/access_tokens/verify", """{"access_token":"oat_secret"}""")],
            api.Requests.Select(request => (request.Method, request.Path, request.Body)));
        Assert.Equal(("ak_1", "user_1", "gold"), (apiKey.Id, apiKey.Subject, apiKey.Claims?.GetProperty("tier").GetString()));
        Assert.Equal(("mt_1", "mch_1", 5L), (m2m.Id, m2m.Subject, m2m.Expiration));
        Assert.False(oauth.IsValid);
    }

    [Fact]
    public async Task An_api_url_with_a_path_or_a_trailing_slash_keeps_it_before_v1()
    {
        api.ThenJson(200, """{"keys":[{"kid":"ins_1","kty":"RSA","alg":"RS256","use":"sig","n":"xyz","e":"AQAB"}]}""");

        var jwks = await ClerkClients.Services(api.Url + "/proxy/").GetRequiredService<ClerkClient>().Jwks.GetJwksAsync();

        Assert.Equal("/proxy/v1/jwks", Assert.Single(api.Requests).Path);
        Assert.Equal(("ins_1", "AQAB"), (jwks.Keys[0].Kid, jwks.Keys[0].E));
    }
}
