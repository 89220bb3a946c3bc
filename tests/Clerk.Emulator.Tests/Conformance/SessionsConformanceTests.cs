using System.Text;
using System.Text.Json;

namespace Clerk.Emulator.Tests.Conformance;

/// <summary>Sessions, session tokens and JWT-template tokens over the Backend API, held against Clerk's spec.</summary>
public sealed class SessionsConformanceTests
{
    [Fact]
    public async Task Create_list_read_mint_tokens_and_revoke_a_session()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator);
        await api.RunAsync(async () =>
        {
            var user = await emulator.CreateUserAsync("sam@example.com", "Sam");

            var session = await api.PostAsync("/v1/sessions", new { user_id = user.Id });
            var sessionId = session.GetProperty("id").GetString()!;
            Assert.Equal("active", session.GetProperty("status").GetString());

            var list = await api.GetAsync($"/v1/sessions?user_id={user.Id}&status=active&limit=10&offset=0");
            Assert.Equal([sessionId], UsersConformanceTests.Ids(list));
            Assert.Equal(user.Id, (await api.GetAsync($"/v1/sessions/{sessionId}")).GetProperty("user_id").GetString());

            var token = await api.PostAsync($"/v1/sessions/{sessionId}/tokens");
            Assert.Equal(user.Id, Claims(token).GetProperty("sub").GetString());
            Assert.Equal(sessionId, Claims(token).GetProperty("sid").GetString());
            var longer = Claims(await api.PostAsync($"/v1/sessions/{sessionId}/tokens", new { expires_in_seconds = 600 }));
            Assert.Equal(600, longer.GetProperty("exp").GetInt64() - longer.GetProperty("iat").GetInt64());

            await api.PostAsync("/v1/jwt_templates", new { name = "supabase", claims = new { aud = "authenticated", name = "{{user.first_name}}" } });
            var templated = Claims(await api.PostAsync($"/v1/sessions/{sessionId}/tokens/supabase"));
            Assert.Equal("authenticated", templated.GetProperty("aud").GetString());
            Assert.Equal("Sam", templated.GetProperty("name").GetString());
            Assert.Equal(user.Id, templated.GetProperty("sub").GetString());

            var revoked = await api.PostAsync($"/v1/sessions/{sessionId}/revoke");
            Assert.Equal("revoked", revoked.GetProperty("status").GetString());
            Assert.Empty(UsersConformanceTests.Ids(await api.GetAsync($"/v1/sessions?user_id={user.Id}&status=active")));
        });
    }

    [Fact]
    public async Task The_jwks_holds_an_RS256_signing_key()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator);

        await api.RunAsync(async () =>
        {
            var key = Assert.Single((await api.GetAsync("/v1/jwks")).GetProperty("keys").EnumerateArray());

            Assert.Equal("RSA", key.GetProperty("kty").GetString());
            Assert.Equal("RS256", key.GetProperty("alg").GetString());
            Assert.False(string.IsNullOrEmpty(key.GetProperty("kid").GetString()));
        });
    }

    /// <summary>The payload of the <c>{ "object": "token", "jwt" }</c> answer.</summary>
    internal static JsonElement Claims(JsonElement token)
    {
        Assert.Equal("token", token.GetProperty("object").GetString());
        var payload = token.GetProperty("jwt").GetString()!.Split('.')[1].Replace('-', '+').Replace('_', '/');
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(payload.PadRight((payload.Length + 3) / 4 * 4, '=')));
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
