using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Storage;
using StandardWebhooks;

namespace Clerk.Emulator.Webhooks;

/// <summary>
/// Delivers the instance's changes to its webhook endpoints as Clerk does through Svix: each change a Clerk event
/// (<c>{ "data", "object": "event", "type", "timestamp", "instance_id" }</c>), POSTed with <c>svix-id</c>,
/// <c>svix-timestamp</c> and <c>svix-signature</c> signed by the Standard Webhooks reference implementation, retried
/// with backoff on a non-2xx answer or a timeout (a few seconds in all, not Svix's days), one event after another so
/// that each object's events arrive in order.
/// </summary>
internal sealed class WebhookDelivery : IAsyncDisposable
{
    /// <summary>The waits before the second, third and fourth attempts: Svix's schedule, shortened for local work.</summary>
    internal static readonly TimeSpan[] Backoff = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];

    private const int AttemptsKept = 1000;

    private readonly Channel<(string Id, StoreChange Change, long At)> events =
        Channel.CreateUnbounded<(string, StoreChange, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentQueue<WebhookAttempt> attempts = new();
    private readonly List<string> urls;
    private readonly StandardWebhook signer;
    private readonly HttpClient client = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly TimeProvider time;
    private readonly string instanceId;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;

    public WebhookDelivery(IEnumerable<string> urls, string secret, TimeProvider time, string instanceId)
    {
        this.urls = [.. urls];
        Secret = secret;
        signer = new StandardWebhook(secret);
        this.time = time;
        this.instanceId = instanceId;
        loop = Task.Run(DeliverAsync);
    }

    /// <summary>The signing secret (<c>whsec_...</c>) receivers verify with.</summary>
    public string Secret { get; }

    /// <summary>Where events go.</summary>
    public IReadOnlyList<string> Urls
    {
        get
        {
            lock (urls)
            {
                return [.. urls];
            }
        }
    }

    /// <summary>Every attempt so far (the last thousand), oldest first.</summary>
    public IReadOnlyList<WebhookAttempt> Attempts => [.. attempts];

    /// <summary>Sends later events to <paramref name="url"/> too.</summary>
    public void AddEndpoint(string url)
    {
        lock (urls)
        {
            if (!urls.Contains(url))
            {
                urls.Add(url);
            }
        }
    }

    /// <summary>Queues committed changes, each with the message id its every attempt keeps.</summary>
    public void Enqueue(IReadOnlyList<StoreChange> changes)
    {
        foreach (var change in changes)
        {
            events.Writer.TryWrite((Ids.New("msg"), change, time.NowMs()));
        }
    }

    private async Task DeliverAsync()
    {
        try
        {
            await foreach (var (id, change, at) in events.Reader.ReadAllAsync(stopping.Token))
            {
                var body = Envelope(change, at);
                foreach (var url in Urls)
                {
                    await DeliverAsync(url, id, change.Type, body);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    private async Task DeliverAsync(string url, string id, string type, string body)
    {
        for (var attempt = 1; attempt <= Backoff.Length + 1; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(Backoff[attempt - 2], time, stopping.Token);
            }
            var now = time.GetUtcNow();
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("svix-id", id);
            request.Headers.Add("svix-timestamp", now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add("svix-signature", signer.Sign(id, now, body));
            int? status = null;
            string? error = null;
            try
            {
                using var response = await client.SendAsync(request, stopping.Token);
                status = (int)response.StatusCode;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !stopping.IsCancellationRequested)
            {
                error = exception is TaskCanceledException ? "timed out" : exception.Message;
            }
            Record(new WebhookAttempt(id, type, url, attempt, status, error, now));
            if (status is >= 200 and < 300)
            {
                return;
            }
        }
    }

    private string Envelope(StoreChange change, long at)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writer.WriteRawValue(change.Data);
            writer.WriteString("object", "event");
            writer.WriteString("type", change.Type);
            writer.WriteNumber("timestamp", at);
            writer.WriteString("instance_id", instanceId);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void Record(WebhookAttempt attempt)
    {
        attempts.Enqueue(attempt);
        while (attempts.Count > AttemptsKept && attempts.TryDequeue(out _))
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        events.Writer.TryComplete();
        await stopping.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }
        client.Dispose();
        stopping.Dispose();
    }
}
