using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using StandardWebhooks;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// The sample in Production with <c>CLERK_WEBHOOK_SIGNING_SECRET</c>, receiving the emulator's webhook events: a user
/// created, renamed and deleted through the Backend API appears, changes and disappears in <c>/api/synced-users</c>
/// within seconds; a forged or stale event is a 400 and changes nothing.
/// </summary>
public sealed class SampleWebhookTests(EmulatorSampleFixture sample) : IClassFixture<EmulatorSampleFixture>
{
    [Fact]
    public async Task A_user_created_renamed_and_deleted_appears_changes_and_disappears_in_the_synced_users()
    {
        var created = await sample.SendJsonAsync(HttpMethod.Post, "/v1/users", new JsonObject
        {
            ["email_address"] = new JsonArray("hooked@example.com"), ["first_name"] = "Hedy", ["last_name"] = "Lamarr",
        });
        var id = (string)created["id"]!;
        await EventuallyAsync(users => users.Any(user => (string?)user!["id"] == id && (string?)user["firstName"] == "Hedy"
            && (string?)user["email"] == "hooked@example.com"));

        await sample.SendJsonAsync(HttpMethod.Patch, $"/v1/users/{id}", new JsonObject { ["first_name"] = "Hedwig" });
        await EventuallyAsync(users => users.Any(user => (string?)user!["id"] == id && (string?)user["firstName"] == "Hedwig"));

        await sample.SendJsonAsync(HttpMethod.Delete, $"/v1/users/{id}");
        await EventuallyAsync(users => users.All(user => (string?)user!["id"] != id));
    }

    [Theory]
    [InlineData("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", 0)]
    [InlineData(null, -600)]
    public async Task A_forged_or_stale_event_is_refused_and_changes_nothing(string? otherSecret, int secondsAgo)
    {
        var before = await SyncedUsersAsync();
        var body = """{"data":{"id":"user_forged","object":"user","first_name":"Mallory","email_addresses":[],"updated_at":1},"object":"event","type":"user.created"}""";
        var sent = DateTimeOffset.UtcNow.AddSeconds(secondsAgo);
        var timestamp = sent.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("svix-id", "msg_forged");
        request.Headers.Add("svix-timestamp", timestamp);
        request.Headers.Add("svix-signature",
            new StandardWebhook(otherSecret ?? sample.Emulator.WebhookSecret).Sign("msg_forged", sent, body));

        using var response = await sample.App.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("webhook_signature_invalid", await response.Content.ReadAsStringAsync());
        Assert.Equal(before.ToJsonString(), (await SyncedUsersAsync()).ToJsonString());
        Assert.DoesNotContain("user_forged", (await SyncedUsersAsync()).ToJsonString());
    }

    private async Task<JsonArray> SyncedUsersAsync() =>
        JsonNode.Parse(await sample.App.Client.GetStringAsync("/api/synced-users"))!.AsArray();

    private async Task EventuallyAsync(Func<JsonArray, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        JsonArray users;
        do
        {
            users = await SyncedUsersAsync();
            if (condition(users))
            {
                return;
            }
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"Not synced within 10 s: {users.ToJsonString()}");
    }
}
