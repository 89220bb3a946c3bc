using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clerk.Emulator.Tests.Infrastructure;
using Clerk.Verification.Webhooks;

namespace Clerk.Emulator.Tests.Webhooks;

/// <summary>
/// Differential, both ways, against npm's <c>standardwebhooks</c> (which Clerk's own <c>verifyWebhook</c> calls): it
/// verifies what the emulator delivers, and Clerk.Runtime verifies what it signs; a tampered delivery fails on both.
/// </summary>
public sealed class StandardWebhooksNpmTests
{
    private static readonly NodeProject Node = new("tests/Clerk.Emulator.Tests/JsClient/node", "standardwebhooks");

    [Fact]
    public async Task The_reference_implementation_verifies_the_emulators_deliveries_and_refuses_tampered_ones()
    {
        await Node.EnsureInstalledAsync();
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        await using var receiver = await WebhookReceiver.StartAsync(() => emulator.WebhookSecret);
        emulator.AddWebhookEndpoint(receiver.Url);
        using var api = new EmulatorApi(emulator);
        var id = await api.CreateUserAsync("""{"email_address":["npm@example.com"],"first_name":"Ñandú ✓"}""");
        await api.PatchAsync($"/v1/users/{id}", """{"last_name":"Emoji 🦆"}""");
        var deliveries = await receiver.WaitForAsync(2);

        var cases = deliveries.Select(delivery => new JsonObject
        {
            ["id"] = delivery.Id, ["timestamp"] = delivery.Timestamp, ["signature"] = delivery.Signature,
            ["body"] = delivery.Body,
        }).ToList();
        cases.Add(new JsonObject
        {
            ["id"] = deliveries[0].Id, ["timestamp"] = deliveries[0].Timestamp, ["signature"] = deliveries[0].Signature,
            ["body"] = deliveries[0].Body.Replace("npm@", "mpn@", StringComparison.Ordinal),
        });

        var verified = await RunAsync("verify", emulator.WebhookSecret, cases);

        Assert.Equal([true, true, false], verified.Select(result => result.GetBoolean()));
    }

    [Fact]
    public async Task Clerk_Runtime_verifies_what_the_reference_implementation_signs()
    {
        await Node.EnsureInstalledAsync();
        const string secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        var now = DateTimeOffset.UtcNow;
        var bodies = new[] { """{"type":"user.created","data":{}}""", "", "ünïcødé 🦆", new string('x', 100_000) };
        var cases = bodies.Select((body, i) => new JsonObject
        {
            ["id"] = $"msg_{i}", ["timestamp"] = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["body"] = body,
        }).ToList();

        var signatures = await RunAsync("sign", secret, cases);

        WebhookSigningSecret.TryParse(secret, out var key);
        for (var i = 0; i < bodies.Length; i++)
        {
            Assert.Equal(WebhookVerdict.Valid, WebhookSignature.Verify(key!, $"msg_{i}", (string?)cases[i]["timestamp"],
                signatures[i].GetString(), Encoding.UTF8.GetBytes(bodies[i]), now));
        }
    }

    private static async Task<List<JsonElement>> RunAsync(string mode, string secret, List<JsonObject> cases)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, new JsonArray([.. cases]).ToJsonString());
            var result = await Node.RunScriptAsync("webhooks.mjs", new Dictionary<string, string?>
            {
                ["WEBHOOK_MODE"] = mode, ["WEBHOOK_SECRET"] = secret, ["WEBHOOK_CASES"] = file,
            });
            Assert.True(result.ExitCode == 0, result.ToString());
            return [.. JsonDocument.Parse(result.Stdout).RootElement.EnumerateArray().Select(element => element.Clone())];
        }
        finally
        {
            File.Delete(file);
        }
    }
}
