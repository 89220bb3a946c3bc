namespace Clerk.Emulator.Tests.Conformance;

/// <summary>API keys and M2M tokens, issued and verified over the Backend API, held against Clerk's spec.</summary>
public sealed class MachineTokensConformanceTests
{
    [Fact]
    public async Task Create_list_read_update_verify_revoke_and_delete_an_api_key()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator);
        await api.RunAsync(async () =>
        {
            var owner = await api.PostAsync("/v1/users", new { email_address = new[] { "keys@example.com" } });
            var subject = owner.GetProperty("id").GetString()!;

            var created = await api.PostAsync("/v1/api_keys", new
            {
                name = "ci",
                subject,
                description = "for CI",
                scopes = new[] { "read" },
                claims = new { env = "test" },
                seconds_until_expiration = 3600,
            });
            var keyId = created.GetProperty("id").GetString()!;
            var secret = created.GetProperty("secret").GetString()!;
            Assert.StartsWith("ak_", secret);

            Assert.Equal([keyId], UsersConformanceTests.Ids(await api.GetAsync($"/v1/api_keys?subject={subject}&limit=10&offset=0")));
            Assert.Equal("ci", (await api.GetAsync($"/v1/api_keys/{keyId}")).GetProperty("name").GetString());
            Assert.Equal(secret, (await api.GetAsync($"/v1/api_keys/{keyId}/secret")).GetProperty("secret").GetString());
            Assert.Equal("rotated", (await api.PatchAsync($"/v1/api_keys/{keyId}", new { description = "rotated" })).GetProperty("description").GetString());

            var verified = await api.PostAsync("/v1/api_keys/verify", new { secret });
            Assert.Equal(subject, verified.GetProperty("subject").GetString());

            var revoked = await api.PostAsync($"/v1/api_keys/{keyId}/revoke", new { revocation_reason = "leaked" });
            Assert.True(revoked.GetProperty("revoked").GetBoolean());
            Assert.True((await api.DeleteAsync($"/v1/api_keys/{keyId}")).GetProperty("deleted").GetBoolean());
        });
    }

    [Fact]
    public async Task Create_list_verify_and_revoke_an_m2m_token()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator);

        await api.RunAsync(async () =>
        {
            var created = await api.PostAsync("/v1/m2m_tokens", new { seconds_until_expiration = 600, claims = new { job = "sync" } }, expect: 201);
            var tokenId = created.GetProperty("id").GetString()!;
            var token = created.GetProperty("token").GetString()!;
            var subject = created.GetProperty("subject").GetString()!;
            Assert.StartsWith("mt_", token);

            var list = await api.GetAsync($"/v1/m2m_tokens?subject={subject}&revoked=false&limit=10&offset=0");
            Assert.Equal([tokenId], list.GetProperty("m2m_tokens").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList());

            var verified = await api.PostAsync("/v1/m2m_tokens/verify", new { token });
            Assert.Equal(tokenId, verified.GetProperty("id").GetString());

            var revoked = await api.PostAsync($"/v1/m2m_tokens/{tokenId}/revoke", new { revocation_reason = "done" });
            Assert.True(revoked.GetProperty("revoked").GetBoolean());

            var jwt = await api.PostAsync("/v1/m2m_tokens", new { token_format = "jwt" }, expect: 201);
            Assert.Equal(3, jwt.GetProperty("token").GetString()!.Split('.').Length);
        });
    }
}
