using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Storage;

/// <summary>A file database keeps users, organizations, the secret key and the signing key across restarts.</summary>
public sealed class PersistenceTests
{
    [Fact]
    public async Task State_and_keys_survive_a_restart_on_the_same_file()
    {
        using var directory = new TempDirectory();
        var options = new ClerkEmulatorOptions { DatabasePath = directory.File("clerk.db"), RateLimiting = false };
        string userId, organizationId, secretKey, token;
        await using (var first = await ClerkEmulator.StartAsync(options))
        {
            userId = (await first.CreateUserAsync("persisted@example.com", "Per", "Sisted")).Id;
            organizationId = (await first.CreateOrganizationAsync("Persisted Org", "persisted")).Id;
            await first.AddMembershipAsync(organizationId, userId, "org:admin");
            token = (await first.SignInAsync(userId, organizationId)).Token;
            secretKey = first.SecretKey;
        }

        await using var second = await ClerkEmulator.StartAsync(options);
        using var api = new EmulatorApi(second);

        Assert.Equal(secretKey, second.SecretKey);
        var user = await api.GetAsync($"/v1/users/{userId}");
        Assert.Equal("Per", user.Json["first_name"]!.GetValue<string>());
        var organization = await api.GetAsync("/v1/organizations/persisted");
        Assert.Equal(organizationId, organization.Json["id"]!.GetValue<string>());
        Assert.Equal(1, organization.Json["members_count"]!.GetValue<int>());
        var jwks = await api.GetAsync("/v1/jwks");
        Assert.Contains(jwks.Json["keys"]!.AsArray(), key => key!["kid"]!.GetValue<string>() == Jwt.Header(token)["kid"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_secret_key_given_at_start_wins_over_the_stored_one()
    {
        using var directory = new TempDirectory();
        var path = directory.File("clerk.db");
        await using (await ClerkEmulator.StartAsync(new() { DatabasePath = path }))
        {
        }

        await using var emulator = await ClerkEmulator.StartAsync(new() { DatabasePath = path, SecretKey = "sk_test_fixed" });

        Assert.Equal("sk_test_fixed", emulator.SecretKey);
    }

    [Fact]
    public async Task In_memory_emulators_share_nothing()
    {
        await using var one = await ClerkEmulator.StartAsync();
        await using var two = await ClerkEmulator.StartAsync();
        await one.CreateUserAsync("only-in-one@example.com");
        using var api = new EmulatorApi(two);

        var count = await api.GetAsync("/v1/users/count");

        Assert.Equal(0, count.Json["total_count"]!.GetValue<long>());
        Assert.NotEqual(one.SecretKey, two.SecretKey);
    }
}
