using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Api;

/// <summary>API keys and M2M tokens verify until revoked or expired, and secrets are shown only when created.</summary>
public sealed class MachineTokensTests : FreshEmulatorTest
{
    [Fact]
    public async Task An_API_key_verifies_by_its_secret_until_revoked()
    {
        var user = await Emulator.CreateUserAsync("keys@example.com");
        var created = await Api.PostAsync("/v1/api_keys", $$"""{"name":"ci","subject":"{{user.Id}}","scopes":["read"]}""");
        var secret = created.Json["secret"]!.GetValue<string>();
        var id = created.Json["id"]!.GetValue<string>();

        Assert.StartsWith("ak_", secret);
        Assert.Null((await Api.GetAsync($"/v1/api_keys/{id}")).Json["secret"]);
        var verified = await Api.PostAsync("/v1/api_keys/verify", $$"""{"secret":"{{secret}}"}""");
        Assert.Equal(user.Id, verified.Json["subject"]!.GetValue<string>());
        Assert.NotNull(verified.Json["last_used_at"]);

        await Api.PostAsync($"/v1/api_keys/{id}/revoke", """{"revocation_reason":"leaked"}""");

        Assert.Equal(HttpStatusCode.NotFound, (await Api.PostAsync("/v1/api_keys/verify", $$"""{"secret":"{{secret}}"}""")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.PostAsync("/v1/api_keys/verify", """{"secret":"ak_unknown"}""")).Status);
    }

    [Fact]
    public async Task An_M2M_token_verifies_until_revoked()
    {
        var created = await Api.PostAsync("/v1/m2m_tokens", """{"seconds_until_expiration":600}""");
        var token = created.Json["token"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.StartsWith("mt_", token);
        Assert.StartsWith("mch_", (await Api.PostAsync("/v1/m2m_tokens/verify", $$"""{"token":"{{token}}"}""")).Json["subject"]!.GetValue<string>());

        await Api.PostAsync($"/v1/m2m_tokens/{created.Json["id"]!.GetValue<string>()}/revoke", "{}");

        Assert.Equal(HttpStatusCode.NotFound, (await Api.PostAsync("/v1/m2m_tokens/verify", $$"""{"token":"{{token}}"}""")).Status);
    }
}
