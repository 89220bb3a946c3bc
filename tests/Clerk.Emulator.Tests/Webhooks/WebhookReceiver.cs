using System.Collections.Concurrent;
using System.Net;
using Clerk.Verification.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Clerk.Emulator.Tests.Webhooks;

/// <summary>
/// A webhook endpoint on loopback that keeps what it receives, each delivery's signature checked with Clerk.Runtime's
/// verifier, and answers with the statuses it is told to (then 200).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Delivery> deliveries = new();
    private readonly ConcurrentQueue<int> statuses;

    private WebhookReceiver(WebApplication app, IEnumerable<int> statuses)
    {
        this.app = app;
        this.statuses = new ConcurrentQueue<int>(statuses);
    }

    /// <summary>One request received: its headers, body, and the verdict on its signature under the secret given.</summary>
    public sealed record Delivery(string? Id, string? Timestamp, string? Signature, string Body, WebhookVerdict Verdict, int Answered);

    public string Url { get; private set; } = "";

    public IReadOnlyList<Delivery> Deliveries => [.. deliveries];

    public static async Task<WebhookReceiver> StartAsync(Func<string> secret, params int[] failWith)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, failWith);
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            var body = buffer.ToArray();
            WebhookSigningSecret.TryParse(secret(), out var key);
            var verdict = WebhookSignature.Verify(key!, request.Headers["svix-id"], request.Headers["svix-timestamp"],
                request.Headers["svix-signature"], body, DateTimeOffset.UtcNow);
            var status = receiver.statuses.TryDequeue(out var failure) ? failure : 200;
            receiver.deliveries.Enqueue(new Delivery(request.Headers["svix-id"], request.Headers["svix-timestamp"],
                request.Headers["svix-signature"], System.Text.Encoding.UTF8.GetString(body), verdict, status));
            return Results.StatusCode(status);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver.Url = address + "/hook";
        return receiver;
    }

    /// <summary>Waits (up to 10 s) until <paramref name="count"/> deliveries have arrived.</summary>
    public async Task<IReadOnlyList<Delivery>> WaitForAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (deliveries.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.True(deliveries.Count >= count, $"{deliveries.Count} of {count} deliveries arrived");
        return Deliveries;
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
