using System.Text.Json;
using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Webhooks;

/// <summary>
/// A handler taking a <see cref="ClerkWebhookEvent"/> runs only for a request Clerk signed: a bad signature, a stale
/// timestamp, a missing or repeated header, an oversize or unreadable body is a 4xx in Clerk's error shape, never the
/// handler and never a 500.
/// </summary>
public sealed class WebhookHandlerTests(WebhookApp app) : IClassFixture<WebhookApp>
{
    private const string UserCreated = """{"data":{"id":"user_123","object":"user","first_name":"Ada"},"object":"event","type":"user.created"}""";

    [Fact]
    public async Task A_signed_event_reaches_the_handler_typed()
    {
        var response = await app.Client.SendAsync(app.Signed(UserCreated));

        Assert.Equal($"user.created msg_1 user_123 {app.Clock.GetUtcNow().ToUnixTimeSeconds()}", await response.ReadAsync());
    }

    [Fact]
    public async Task The_standard_webhook_headers_are_accepted_too()
    {
        var response = await app.Client.SendAsync(app.Signed(UserCreated, prefix: "webhook-"));

        Assert.StartsWith("user.created msg_1 user_123", await response.ReadAsync());
    }

    [Fact]
    public async Task A_deletion_carries_the_deleted_objects_id()
    {
        var body = """{"data":{"id":"user_9","object":"user","deleted":true},"object":"event","type":"user.deleted"}""";

        Assert.StartsWith("user.deleted msg_1 user_9", await (await app.Client.SendAsync(app.Signed(body))).ReadAsync());
    }

    [Fact]
    public async Task A_tampered_body_is_refused()
    {
        var request = app.Signed(UserCreated);
        request.Content = new StringContent(UserCreated.Replace("Ada", "Eve"), System.Text.Encoding.UTF8, "application/json");

        await AssertRefusedAsync(await app.Client.SendAsync(request), 400, "webhook_signature_invalid");
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task A_timestamp_more_than_five_minutes_off_is_refused(int seconds)
    {
        var request = app.Signed(UserCreated, at: app.Clock.GetUtcNow().AddSeconds(seconds));

        await AssertRefusedAsync(await app.Client.SendAsync(request), 400, "webhook_signature_invalid");
    }

    [Theory]
    [InlineData("svix-id")]
    [InlineData("svix-timestamp")]
    [InlineData("svix-signature")]
    public async Task A_missing_header_is_refused(string header)
    {
        var request = app.Signed(UserCreated);
        request.Headers.Remove(header);

        await AssertRefusedAsync(await app.Client.SendAsync(request), 400, "webhook_headers_missing");
    }

    [Fact]
    public async Task A_repeated_id_header_is_refused()
    {
        var request = app.Signed(UserCreated);
        request.Headers.TryAddWithoutValidation("svix-id", "msg_2");

        await AssertRefusedAsync(await app.Client.SendAsync(request), 400, "webhook_headers_missing");
    }

    [Fact]
    public async Task An_oversize_body_is_413()
    {
        var body = $$"""{"data":{"id":"{{new string('x', ClerkWebhooks.MaxBodyBytes)}}"},"object":"event","type":"user.created"}""";

        await AssertRefusedAsync(await app.Client.SendAsync(app.Signed(body)), 413, "webhook_body_too_large");
    }

    [Theory]
    [InlineData(500, 400)]
    [InlineData(1_000, 431)]
    public async Task A_signature_header_with_a_huge_list_is_refused_never_a_500(int entries, int status)
    {
        var request = app.Signed(UserCreated);
        request.Headers.Remove("svix-signature");
        request.Headers.TryAddWithoutValidation("svix-signature",
            string.Join(' ', Enumerable.Repeat("v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", entries)));

        var response = await app.Client.SendAsync(request);

        // Under Kestrel's 32 KB of headers (500 entries) the list is checked and matches nothing; past it (1,000)
        // Kestrel answers 431 before any handler.
        Assert.Equal(status, (int)response.StatusCode);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"type":"user.created"}""")]
    [InlineData("""{"type":7,"data":{}}""")]
    [InlineData("[]")]
    public async Task A_signed_body_that_is_not_an_event_is_refused(string body)
    {
        await AssertRefusedAsync(await app.Client.SendAsync(app.Signed(body)), 400, "webhook_body_invalid");
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, int status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        var error = Assert.Single(document.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("long_message").GetString()));
    }
}
