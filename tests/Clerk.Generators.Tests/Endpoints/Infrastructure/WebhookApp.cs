using Clerk.Tests.Hosting;
using Clerk.Verification.Webhooks;
using Microsoft.Extensions.Time.Testing;

namespace Clerk.Generators.Tests.Endpoints.Infrastructure;

/// <summary>
/// The route files with <c>AddClerk()</c> and a webhook signing secret, on a clock the tests set: for the
/// <c>ClerkWebhookEvent</c> handler of <c>/api/webhooks</c>, and requests signed as Svix signs Clerk's.
/// </summary>
public sealed class WebhookApp : IAsyncLifetime
{
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private LoopbackApp? app;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));

    public HttpClient Client => (app ?? throw new InvalidOperationException("The app has not started.")).Client;

    public async Task InitializeAsync()
    {
        // Development: no session-token key is needed for an app that only receives webhooks.
        var builder = LoopbackApp.CreateBuilder("Development");
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddClerk(options => options.WebhookSigningSecret = Secret);
        var web = builder.Build();
        web.MapRouteHandlers();
        app = await LoopbackApp.StartAsync(web);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>A request as Clerk sends one: the body signed now, under <c>svix-*</c> (or <c>webhook-*</c>) headers.</summary>
    public HttpRequestMessage Signed(string body, string id = "msg_1", string prefix = "svix-", DateTimeOffset? at = null)
    {
        var timestamp = (at ?? Clock.GetUtcNow()).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        WebhookSigningSecret.TryParse(Secret, out var secret);
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(prefix + "id", id);
        request.Headers.Add(prefix + "timestamp", timestamp);
        request.Headers.Add(prefix + "signature", WebhookSignature.Sign(secret!, id, timestamp, bytes));
        return request;
    }
}
