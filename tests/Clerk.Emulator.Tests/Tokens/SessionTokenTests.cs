using System.Text;
using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Tokens;

/// <summary>Session tokens look like Clerk's v2 tokens, and the runtime verifies them with nothing but the emulator's JWKS.</summary>
public sealed class SessionTokenTests
{
    private const string SeedWithPermissions = """
        {
          "roles": [
            { "key": "org:admin", "permissions": ["org:sys_memberships:manage", "org:dashboard:manage", "org:dashboard:read", "org:teams:read"] },
            { "key": "org:billing", "name": "Billing", "permissions": ["org:invoices:create", "org:invoices:read"] }
          ],
          "users": [ { "email_address": "admin@example.com", "first_name": "Ada" } ],
          "organizations": [ { "name": "Acme", "slug": "acme", "members": [ { "user": "admin@example.com", "role": "org:admin" } ] } ]
        }
        """;

    [Fact]
    public async Task The_header_and_claims_have_Clerks_v2_shape()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { AuthorizedParty = "http://localhost:3000" });
        var user = await emulator.CreateUserAsync("shape@example.com");

        var session = await emulator.SignInAsync(user.Id);

        var header = Jwt.Header(session.Token);
        Assert.Equal("RS256", header["alg"]!.GetValue<string>());
        Assert.Equal("cl_B7d4PD111AAA", header["cat"]!.GetValue<string>());
        Assert.Equal("JWT", header["typ"]!.GetValue<string>());
        Assert.StartsWith("ins_", header["kid"]!.GetValue<string>());
        var claims = Jwt.Payload(session.Token);
        Assert.Equal(user.Id, claims["sub"]!.GetValue<string>());
        Assert.Equal(session.SessionId, claims["sid"]!.GetValue<string>());
        Assert.Equal("active", claims["sts"]!.GetValue<string>());
        Assert.Equal(2, claims["v"]!.GetValue<int>());
        Assert.Equal("http://localhost:3000", claims["azp"]!.GetValue<string>());
        var iat = claims["iat"]!.GetValue<long>();
        Assert.Equal(iat + 60, claims["exp"]!.GetValue<long>());
        Assert.Equal(iat - 10, claims["nbf"]!.GetValue<long>());
        Assert.Equal([0, -1], claims["fva"]!.AsArray().Select(n => n!.GetValue<int>()));
        var issuerHost = new Uri(claims["iss"]!.GetValue<string>()).Host;
        Assert.Equal($"pk_test_{Convert.ToBase64String(Encoding.UTF8.GetBytes(issuerHost + "$"))}", emulator.PublishableKey);
        Assert.Null(claims["o"]);
    }

    [Fact]
    public async Task An_active_organization_packs_role_and_permissions_without_system_permissions()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("seed.json"), SeedWithPermissions);
        await using var emulator = await ClerkEmulator.StartAsync(new() { SeedPath = directory.File("seed.json") });
        using var api = new EmulatorApi(emulator);
        var userId = (await api.GetAsync("/v1/users?email_address=admin@example.com")).Json[0]!["id"]!.GetValue<string>();
        var orgId = (await api.GetAsync("/v1/organizations/acme")).Json["id"]!.GetValue<string>();

        var claims = Jwt.Payload((await emulator.SignInAsync(userId, orgId)).Token);

        Assert.Equal("o:dashboard,o:teams", claims["fea"]!.GetValue<string>());
        var org = claims["o"]!;
        Assert.Equal(orgId, org["id"]!.GetValue<string>());
        Assert.Equal("acme", org["slg"]!.GetValue<string>());
        Assert.Equal("admin", org["rol"]!.GetValue<string>());
        Assert.Equal("manage,read", org["per"]!.GetValue<string>());
        Assert.Equal("3,2", org["fpm"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_runtime_verifies_the_token_from_the_JWKS_and_decodes_the_organization_permissions()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("seed.json"), SeedWithPermissions);
        await using var emulator = await ClerkEmulator.StartAsync(new() { SeedPath = directory.File("seed.json") });
        using var api = new EmulatorApi(emulator);
        var userId = (await api.GetAsync("/v1/users?email_address=admin@example.com")).Json[0]!["id"]!.GetValue<string>();
        var orgId = (await api.GetAsync("/v1/organizations/acme")).Json["id"]!.GetValue<string>();
        var session = await emulator.SignInAsync(userId, orgId);
        await using var app = await RuntimeApp.StartAsync(emulator);

        var auth = await app.GetAuthAsync(session.Token);

        Assert.True(auth["isAuthenticated"]!.GetValue<bool>());
        Assert.Equal(userId, auth["userId"]!.GetValue<string>());
        Assert.Equal(session.SessionId, auth["sessionId"]!.GetValue<string>());
        Assert.Equal(orgId, auth["orgId"]!.GetValue<string>());
        Assert.Equal("acme", auth["orgSlug"]!.GetValue<string>());
        Assert.Equal("org:admin", auth["orgRole"]!.GetValue<string>());
        Assert.Equal(["org:dashboard:manage", "org:dashboard:read", "org:teams:read"],
            auth["orgPermissions"]!.AsArray().Select(p => p!.GetValue<string>()).Order());
        Assert.True(auth["hasTeamsRead"]!.GetValue<bool>());
        Assert.False(auth["hasSysPermission"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_runtime_refuses_a_token_signed_by_another_emulator()
    {
        await using var emulator = await ClerkEmulator.StartAsync();
        await using var stranger = await ClerkEmulator.StartAsync();
        var user = await stranger.CreateUserAsync("stranger@example.com");
        var token = (await stranger.SignInAsync(user.Id)).Token;
        await using var app = await RuntimeApp.StartAsync(emulator);

        var auth = await app.GetAuthAsync(token);

        Assert.False(auth["isAuthenticated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Tokens_for_a_revoked_session_are_refused_with_404()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new EmulatorApi(emulator);
        var user = await emulator.CreateUserAsync("revoked@example.com");
        var session = await emulator.SignInAsync(user.Id);

        Assert.Equal("revoked", (await api.PostAsync($"/v1/sessions/{session.SessionId}/revoke")).Json["status"]!.GetValue<string>());
        var answer = await api.PostAsync($"/v1/sessions/{session.SessionId}/tokens");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
    }

    [Fact]
    public async Task The_token_endpoint_honours_expires_in_seconds()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new EmulatorApi(emulator);
        var user = await emulator.CreateUserAsync("expires@example.com");
        var created = await api.PostAsync("/v1/sessions", $$"""{"user_id":"{{user.Id}}"}""");
        var sessionId = created.Json["id"]!.GetValue<string>();

        var answer = await api.PostAsync($"/v1/sessions/{sessionId}/tokens", """{"expires_in_seconds":600}""");

        Assert.Equal("token", answer.Json["object"]!.GetValue<string>());
        var claims = Jwt.Payload(answer.Json["jwt"]!.GetValue<string>());
        Assert.Equal(600, claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.PostAsync($"/v1/sessions/{sessionId}/tokens", """{"expires_in_seconds":5}""")).Status);
    }
}
