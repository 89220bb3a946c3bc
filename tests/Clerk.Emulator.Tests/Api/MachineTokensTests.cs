using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Api;

/// <summary>API keys and M2M tokens verify until revoked or expired, and secrets are shown only when created.</summary>
public sealed class MachineTokensTests : IAsyncLifetime
{
    private ClerkEmulator _emulator = null!;
    private EmulatorApi _api = null!;

    public async Task InitializeAsync()
    {
        _emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        _api = new EmulatorApi(_emulator);
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _emulator.DisposeAsync();
    }

    [Fact]
    public async Task An_API_key_verifies_by_its_secret_until_revoked()
    {
        var user = await _emulator.CreateUserAsync("keys@example.com");
        var created = await _api.PostAsync("/v1/api_keys", $$"""{"name":"ci","subject":"{{user.Id}}","scopes":["read"]}""");
        var secret = created.Json["secret"]!.GetValue<string>();
        var id = created.Json["id"]!.GetValue<string>();

        Assert.StartsWith("ak_", secret);
        Assert.Null((await _api.GetAsync($"/v1/api_keys/{id}")).Json["secret"]);
        var verified = await _api.PostAsync("/v1/api_keys/verify", $$"""{"secret":"{{secret}}"}""");
        Assert.Equal(user.Id, verified.Json["subject"]!.GetValue<string>());
        Assert.NotNull(verified.Json["last_used_at"]);

        await _api.PostAsync($"/v1/api_keys/{id}/revoke", """{"revocation_reason":"leaked"}""");

        Assert.Equal(HttpStatusCode.NotFound, (await _api.PostAsync("/v1/api_keys/verify", $$"""{"secret":"{{secret}}"}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.PostAsync("/v1/api_keys/verify", """{"secret":"ak_unknown"}""")).Status);
    }

    [Fact]
    public async Task An_M2M_token_verifies_until_revoked()
    {
        var created = await _api.PostAsync("/v1/m2m_tokens", """{"seconds_until_expiration":600}""");
        var token = created.Json["token"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.StartsWith("mt_", token);
        Assert.StartsWith("mch_", (await _api.PostAsync("/v1/m2m_tokens/verify", $$"""{"token":"{{token}}"}""")).Json["subject"]!.GetValue<string>());

        await _api.PostAsync($"/v1/m2m_tokens/{created.Json["id"]!.GetValue<string>()}/revoke", "{}");

        Assert.Equal(HttpStatusCode.NotFound, (await _api.PostAsync("/v1/m2m_tokens/verify", $$"""{"token":"{{token}}"}""")).Status);
    }
}
