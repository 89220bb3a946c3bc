using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Clerk.EndToEnd.Tests.Infrastructure;
using Clerk.Tests.Processes;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// As a developer runs them: the standalone emulator (<c>clerk-emulator --webhook-url ... --webhook-secret ...</c>) as
/// its own process and the sample in Production with the same secret. A user created, renamed and deleted through the
/// Backend API appears, changes and disappears in the sample's <c>/api/synced-users</c>.
/// </summary>
public sealed class StandaloneEmulatorWebhookTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string SecretKey = "sk_test_standalone_webhooks";

    [Fact]
    public async Task The_standalone_emulators_events_keep_the_Production_samples_users_in_step()
    {
        // The sample's port first: the emulator needs its webhook URL, the sample the emulator's.
        var samplePort = RunningApp.FreePort();
        var tool = Path.Combine(AppContext.BaseDirectory, "Clerk.Emulator.Tool.dll");
        await using var emulator = ProcessRunner.Start(ProcessRunner.Dotnet,
            [tool, "--urls", "http://127.0.0.1:0", "--secret-key", SecretKey, "--no-rate-limit",
             "--webhook-url", $"http://127.0.0.1:{samplePort}/api/webhooks", "--webhook-secret", Secret],
            AppContext.BaseDirectory);
        var apiUrl = Value(await emulator.WaitForLineAsync("CLERK_API_URL=", TimeSpan.FromMinutes(1)), "CLERK_API_URL=");
        var publishableKey = Value(await emulator.WaitForLineAsync("CLERK_PUBLISHABLE_KEY=", TimeSpan.FromSeconds(10)), "CLERK_PUBLISHABLE_KEY=");
        await using var sample = await SampleAppFixture.StartSampleAsync("Production", new Dictionary<string, string>
        {
            ["CLERK_SECRET_KEY"] = SecretKey,
            ["CLERK_PUBLISHABLE_KEY"] = publishableKey,
            ["CLERK_API_URL"] = apiUrl,
            ["CLERK_WEBHOOK_SIGNING_SECRET"] = Secret,
        }, samplePort);
        using var backend = new HttpClient { BaseAddress = new Uri(apiUrl) };
        backend.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SecretKey);

        var created = await (await backend.PostAsJsonAsync("/v1/users", new { email_address = new[] { "tool@example.com" }, first_name = "Tove" }))
            .Content.ReadFromJsonAsync<JsonObject>();
        var id = (string)created!["id"]!;
        await EventuallyAsync(sample, users => users.Any(user => (string?)user!["id"] == id && (string?)user["firstName"] == "Tove"), emulator);

        await backend.PatchAsJsonAsync($"/v1/users/{id}", new { first_name = "Tova" });
        await EventuallyAsync(sample, users => users.Any(user => (string?)user!["id"] == id && (string?)user["firstName"] == "Tova"), emulator);

        await backend.DeleteAsync($"/v1/users/{id}");
        await EventuallyAsync(sample, users => users.All(user => (string?)user!["id"] != id), emulator);
    }

    private static string Value(string line, string prefix) =>
        line[(line.IndexOf(prefix, StringComparison.Ordinal) + prefix.Length)..].Trim();

    private static async Task EventuallyAsync(RunningApp sample, Func<JsonArray, bool> condition, RunningProcess emulator)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        JsonArray users;
        do
        {
            users = JsonNode.Parse(await sample.Client.GetStringAsync("/api/synced-users"))!.AsArray();
            if (condition(users))
            {
                return;
            }
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"Not synced within 15 s: {users.ToJsonString()}\n--- emulator ---\n{emulator.Output}");
    }
}
