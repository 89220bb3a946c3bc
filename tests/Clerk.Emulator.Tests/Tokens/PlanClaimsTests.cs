using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Tokens;

/// <summary>Plans and their features (Clerk Billing's <c>pla</c> and <c>fea</c>), set by a seed or a test.</summary>
public sealed class PlanClaimsTests
{
    private const string SeedWithPlans = """
        {
          "roles": [ { "key": "org:admin", "permissions": ["org:dashboard:manage", "org:dashboard:read", "org:teams:read"] } ],
          "users": [ { "email_address": "ada@example.com", "plan": "free", "features": ["ai_assistant"] } ],
          "organizations": [
            { "name": "Acme", "slug": "acme", "plan": "pro", "features": ["sso", "dashboard"],
              "members": [ { "user": "ada@example.com", "role": "org:admin" } ] }
          ]
        }
        """;

    [Fact]
    public async Task Seeded_plans_reach_the_token_and_the_runtime_reads_them_beside_the_organization_permissions()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("seed.json"), SeedWithPlans);
        await using var emulator = await ClerkEmulator.StartAsync(new() { SeedPath = directory.File("seed.json") });
        using var api = new EmulatorApi(emulator);
        var userId = (await api.GetAsync("/v1/users?email_address=ada@example.com")).Json[0]!["id"]!.GetValue<string>();
        var orgId = (await api.GetAsync("/v1/organizations/acme")).Json["id"]!.GetValue<string>();
        var session = await emulator.SignInAsync(userId, orgId);

        var claims = Jwt.Payload(session.Token);
        Assert.Equal("u:free,o:pro", claims["pla"]!.GetValue<string>());
        // The plan's organization features come first; dashboard is both a plan feature and a permission feature.
        Assert.Equal("u:ai_assistant,o:sso,o:dashboard,o:teams", claims["fea"]!.GetValue<string>());
        Assert.Equal("0,3,2", claims["o"]!["fpm"]!.GetValue<string>());

        await using var app = await RuntimeApp.StartAsync(emulator);
        var auth = await app.GetAuthAsync(session.Token);
        Assert.True(auth["hasUserPlanFree"]!.GetValue<bool>());
        Assert.True(auth["hasOrgPlanPro"]!.GetValue<bool>());
        Assert.True(auth["hasUserFeatureAi"]!.GetValue<bool>());
        Assert.True(auth["hasOrgFeatureSso"]!.GetValue<bool>());
        Assert.Equal(["org:dashboard:manage", "org:dashboard:read", "org:teams:read"],
            auth["orgPermissions"]!.AsArray().Select(p => p!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task A_plan_set_by_a_test_applies_to_the_next_token_and_without_one_there_is_no_pla()
    {
        await using var emulator = await ClerkEmulator.StartAsync();
        var user = await emulator.CreateUserAsync("grace@example.com");
        var before = await emulator.SignInAsync(user.Id);
        Assert.Null(Jwt.Payload(before.Token)["pla"]);
        Assert.Null(Jwt.Payload(before.Token)["fea"]);

        await emulator.SetPlanAsync(user.Id, "pro", ["ai_assistant"]);
        var claims = Jwt.Payload(await emulator.CreateSessionTokenAsync(before.SessionId));
        Assert.Equal("u:pro", claims["pla"]!.GetValue<string>());
        Assert.Equal("u:ai_assistant", claims["fea"]!.GetValue<string>());

        await using var app = await RuntimeApp.StartAsync(emulator);
        var auth = await app.GetAuthAsync(await emulator.CreateSessionTokenAsync(before.SessionId));
        Assert.True(auth["hasUserFeatureAi"]!.GetValue<bool>());
        Assert.False(auth["hasOrgPlanPro"]!.GetValue<bool>());
    }
}
