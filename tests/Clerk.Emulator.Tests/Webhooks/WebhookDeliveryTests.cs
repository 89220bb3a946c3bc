using System.Text.Json.Nodes;
using Clerk.Emulator.Tests.Infrastructure;
using Clerk.Verification.Webhooks;

namespace Clerk.Emulator.Tests.Webhooks;

/// <summary>
/// Changes made through the Backend API reach the configured webhook endpoints as Clerk's events, signed as Svix signs
/// them (checked by Clerk.Runtime's verifier), in order, retried on failure under the same message id.
/// </summary>
public sealed class WebhookDeliveryTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    [Fact]
    public async Task A_user_created_renamed_and_deleted_arrives_as_three_signed_events_in_order()
    {
        await using var receiver = await WebhookReceiver.StartAsync(() => Secret);
        await using var emulator = await ClerkEmulator.StartAsync(new()
        {
            RateLimiting = false, WebhookSecret = Secret, WebhookUrls = [receiver.Url],
        });
        using var api = new EmulatorApi(emulator);

        var id = await api.CreateUserAsync("""{"email_address":["ada@example.com"],"first_name":"Ada"}""");
        await api.PatchAsync($"/v1/users/{id}", """{"first_name":"Augusta"}""");
        await api.DeleteAsync($"/v1/users/{id}");

        var deliveries = await receiver.WaitForAsync(3);
        Assert.All(deliveries, delivery => Assert.Equal(WebhookVerdict.Valid, delivery.Verdict));
        var events = deliveries.Select(delivery => JsonNode.Parse(delivery.Body)!).ToList();
        Assert.Equal(["user.created", "user.updated", "user.deleted"], events.Select(e => (string)e["type"]!));
        Assert.All(events, e => Assert.Equal("event", (string)e["object"]!));
        Assert.Equal("Ada", (string)events[0]["data"]!["first_name"]!);
        Assert.Equal("Augusta", (string)events[1]["data"]!["first_name"]!);
        Assert.Equal(id, (string)events[2]["data"]!["id"]!);
        Assert.True((bool)events[2]["data"]!["deleted"]!);
        Assert.Equal(3, deliveries.Select(delivery => delivery.Id).Distinct().Count());
    }

    [Fact]
    public async Task A_failing_receiver_gets_the_same_message_again_until_it_answers_2xx()
    {
        await using var receiver = await WebhookReceiver.StartAsync(() => Secret, 500, 503);
        await using var emulator = await ClerkEmulator.StartAsync(new()
        {
            RateLimiting = false, WebhookSecret = Secret, WebhookUrls = [receiver.Url],
        });
        using var api = new EmulatorApi(emulator);

        await api.CreateUserAsync("""{"email_address":["grace@example.com"]}""");

        var deliveries = await receiver.WaitForAsync(3);
        Assert.Equal([500, 503, 200], deliveries.Select(delivery => delivery.Answered));
        Assert.Single(deliveries.Select(delivery => delivery.Id).Distinct());
        Assert.All(deliveries, delivery => Assert.Equal(WebhookVerdict.Valid, delivery.Verdict));
        // The emulator records an attempt once the receiver's answer is back, a moment after the receiver has it.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (emulator.WebhookAttempts.Count < 3 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.Equal([1, 2, 3], emulator.WebhookAttempts.Select(attempt => attempt.Attempt));
        Assert.Equal([500, 503, 200], emulator.WebhookAttempts.Select(attempt => attempt.Status ?? 0));
    }

    [Fact]
    public async Task Retries_are_bounded_and_each_attempt_is_listed_at_the_admin_endpoint()
    {
        await using var receiver = await WebhookReceiver.StartAsync(() => Secret, 500, 500, 500, 500, 500);
        await using var emulator = await ClerkEmulator.StartAsync(new()
        {
            RateLimiting = false, WebhookSecret = Secret, WebhookUrls = [receiver.Url],
        });
        using var api = new EmulatorApi(emulator);

        await api.CreateUserAsync("""{"email_address":["linus@example.com"]}""");
        await receiver.WaitForAsync(4);
        await Task.Delay(500);

        Assert.Equal(4, receiver.Deliveries.Count);
        var listed = await api.Http.GetStringAsync("/__emulator/webhooks");
        var attempts = JsonNode.Parse(listed)!.AsArray();
        Assert.Equal(4, attempts.Count);
        Assert.All(attempts, attempt => Assert.Equal("user.created", (string)attempt!["event_type"]!));
    }

    [Fact]
    public async Task A_session_announces_its_creation_and_its_revocation_but_not_each_refresh()
    {
        await using var receiver = await WebhookReceiver.StartAsync(() => Secret);
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false, WebhookSecret = Secret });
        var user = await emulator.CreateUserAsync("ada@example.com");
        emulator.AddWebhookEndpoint(receiver.Url);
        using var api = new EmulatorApi(emulator);

        var session = await emulator.SignInAsync(user.Id);
        await api.PostAsync($"/v1/sessions/{session.SessionId}/tokens");
        await api.PostAsync($"/v1/sessions/{session.SessionId}/revoke");

        // Signing in also writes the user (its last sign-in), a user.updated of its own.
        var sessions = await EventsAsync(receiver, "session.", 2);
        Assert.Equal(["session.created", "session.revoked"], sessions.Select(e => (string)e["type"]!));
    }

    [Fact]
    public async Task Organizations_and_memberships_announce_their_changes_in_the_Backend_APIs_shapes()
    {
        await using var receiver = await WebhookReceiver.StartAsync(() => Secret);
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false, WebhookSecret = Secret });
        var user = await emulator.CreateUserAsync("member@example.com");
        emulator.AddWebhookEndpoint(receiver.Url);
        using var api = new EmulatorApi(emulator);

        var organization = (await api.PostAsync("/v1/organizations", """{"name":"Hooks Inc"}""")).Json;
        var organizationId = (string)organization["id"]!;
        await api.PostAsync($"/v1/organizations/{organizationId}/memberships", $$"""{"user_id":"{{user.Id}}","role":"org:member"}""");
        await api.PatchAsync($"/v1/organizations/{organizationId}/memberships/{user.Id}", """{"role":"org:admin"}""");
        await api.DeleteAsync($"/v1/organizations/{organizationId}/memberships/{user.Id}");

        var events = await EventsAsync(receiver, "organization", 4);
        Assert.Equal(["organization.created", "organizationMembership.created", "organizationMembership.updated",
            "organizationMembership.deleted"], events.Select(e => (string)e["type"]!));
        var memberships = events.Where(e => ((string)e["type"]!).StartsWith("organizationMembership.")).ToList();
        Assert.All(memberships, e => Assert.Equal(organizationId, (string)e["data"]!["organization"]!["id"]!));
        Assert.All(memberships, e => Assert.Equal(user.Id, (string)e["data"]!["public_user_data"]!["user_id"]!));
        Assert.Equal(["org:member", "org:admin", "org:admin"], memberships.Select(e => (string)e["data"]!["role"]!));
    }

    [Fact]
    public async Task An_organization_invitation_announces_that_it_was_sent_and_revoked()
    {
        await using var receiver = await WebhookReceiver.StartAsync(() => Secret);
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false, WebhookSecret = Secret });
        var organization = await emulator.CreateOrganizationAsync("Invites Inc");
        emulator.AddWebhookEndpoint(receiver.Url);
        using var api = new EmulatorApi(emulator);

        var invitation = (await api.PostAsync($"/v1/organizations/{organization.Id}/invitations",
            """{"email_address":"invitee@example.com","role":"org:member"}""")).Json;
        await api.PostAsync($"/v1/organizations/{organization.Id}/invitations/{(string)invitation["id"]!}/revoke", "{}");

        // The organization's own event, queued before the endpoint was added, may arrive first, or not at all.
        var invitations = await EventsAsync(receiver, "organizationInvitation.", 2);
        Assert.Equal(["organizationInvitation.created", "organizationInvitation.revoked"], invitations.Select(e => (string)e["type"]!));
        Assert.Equal("invitee@example.com", (string)invitations[0]["data"]!["email_address"]!);
    }

    [Fact]
    public async Task The_seed_file_can_name_the_webhook_urls()
    {
        await using var receiver = await WebhookReceiver.StartAsync(() => Secret);
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("seed.json"), $$"""{ "webhook_urls": ["{{receiver.Url}}"] }""");
        await using var emulator = await ClerkEmulator.StartAsync(new()
        {
            RateLimiting = false, WebhookSecret = Secret, SeedPath = directory.File("seed.json"),
        });
        using var api = new EmulatorApi(emulator);

        await api.CreateUserAsync("""{"email_address":["seeded-hook@example.com"]}""");

        Assert.Equal(WebhookVerdict.Valid, Assert.Single(await receiver.WaitForAsync(1)).Verdict);
    }

    [Fact]
    public async Task A_seed_file_webhook_url_that_is_not_http_is_a_seed_file_error()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("seed.json"), """{ "webhook_urls": ["mailto:ops@example.com"] }""");

        var error = await Assert.ThrowsAsync<Clerk.Emulator.Seeding.SeedFileException>(() =>
            ClerkEmulator.StartAsync(new() { SeedPath = directory.File("seed.json") }));

        Assert.Contains("mailto:ops@example.com", error.Message);
    }

    [Fact]
    public async Task A_random_secret_is_made_when_none_is_given()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });

        Assert.True(WebhookSigningSecret.TryParse(emulator.WebhookSecret, out _));
        Assert.StartsWith("whsec_", emulator.WebhookSecret);
    }

    /// <summary>
    /// The events whose type starts with <paramref name="prefix"/>, once <paramref name="count"/> have arrived (up to
    /// 10 s), and a moment more in case another would (events queued before the endpoint was added may come too).
    /// </summary>
    private static async Task<List<JsonNode>> EventsAsync(WebhookReceiver receiver, string prefix, int count)
    {
        List<JsonNode> Matching() => [.. receiver.Deliveries.Select(delivery => JsonNode.Parse(delivery.Body)!)
            .Where(e => ((string)e["type"]!).StartsWith(prefix, StringComparison.Ordinal))];
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Matching().Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        await Task.Delay(200);
        return Matching();
    }
}
