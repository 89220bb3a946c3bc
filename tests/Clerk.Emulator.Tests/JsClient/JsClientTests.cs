using System.Text.Json;

namespace Clerk.Emulator.Tests.JsClient;

/// <summary>
/// Clients the emulator did not write: Clerk's own <c>@clerk/backend</c> against an in-process emulator, and a
/// raw-fetch script of Clerk's documented API against the emulator run as a separate process.
/// </summary>
public sealed class JsClientTests
{
    private static readonly NodeProject Node = new("tests/Clerk.Emulator.Tests/JsClient/node", "@clerk/backend");

    [Fact]
    public async Task Clerks_backend_sdk_round_trips_a_user_and_verifies_the_emulators_tokens()
    {
        await Node.EnsureInstalledAsync();
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });

        var result = await Node.RunScriptAsync("client.mjs", new Dictionary<string, string?>
        {
            ["CLERK_API_URL"] = emulator.ApiUrl.ToString().TrimEnd('/'),
            ["CLERK_SECRET_KEY"] = emulator.SecretKey,
        });

        Assert.True(result.ExitCode == 0, result.ToString());
        using var summary = JsonDocument.Parse(result.Stdout);
        var root = summary.RootElement;
        var user = root.GetProperty("user");
        var userId = user.GetProperty("id").GetString();
        Assert.StartsWith("user_", userId);
        Assert.Equal("Jane", user.GetProperty("firstName").GetString());
        Assert.Equal("Script", user.GetProperty("lastName").GetString());
        Assert.Equal("js-client@example.com", user.GetProperty("email").GetString());
        Assert.Equal("""{"role":"editor","prefs":{"theme":"dark","lang":"en"}}""", user.GetProperty("publicMetadata").GetRawText());
        Assert.Equal("""{"plan":"pro"}""", user.GetProperty("privateMetadata").GetRawText());

        var session = root.GetProperty("session");
        Assert.Equal(userId, session.GetProperty("userId").GetString());
        Assert.Equal("active", session.GetProperty("status").GetString());
        Assert.Equal(userId, root.GetProperty("verified").GetProperty("sub").GetString());
        Assert.Equal(session.GetProperty("id").GetString(), root.GetProperty("verified").GetProperty("sid").GetString());

        var template = root.GetProperty("template");
        Assert.Equal(userId, template.GetProperty("sub").GetString());
        Assert.Equal("js-client-tests", template.GetProperty("aud").GetString());
        Assert.Equal("editor", template.GetProperty("role").GetString());
        Assert.Equal(120, template.GetProperty("exp").GetInt64() - template.GetProperty("iat").GetInt64());
    }

    [Fact]
    public async Task The_documented_api_script_passes_against_a_standalone_emulator()
    {
        // No npm packages: the script uses only fetch and WebCrypto, as a client written from Clerk's docs would.
        await using var emulator = await StandaloneEmulator.StartAsync("sk_test_documented_api_script");

        var result = await Node.RunScriptAsync("documented-api.mjs", new Dictionary<string, string?>
        {
            ["CLERK_API_URL"] = emulator.ApiUrl,
            ["CLERK_SECRET_KEY"] = emulator.SecretKey,
        });

        Assert.True(result.ExitCode == 0, $"{result}\n--- emulator ---\n{emulator.Output}");
        using var summary = JsonDocument.Parse(result.Stdout);
        var root = summary.RootElement;
        var userId = root.GetProperty("userId").GetString();
        Assert.Equal(userId, root.GetProperty("sessionClaims").GetProperty("sub").GetString());
        Assert.Equal(root.GetProperty("sessionId").GetString(), root.GetProperty("sessionClaims").GetProperty("sid").GetString());
        Assert.Equal("docs", root.GetProperty("templateClaims").GetProperty("team").GetString());
    }
}
