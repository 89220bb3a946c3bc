using System.Collections.Concurrent;
using Clerk.Tests.Hosting;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>
/// A stand-in for Clerk's Backend API on a real loopback Kestrel, serving only <c>GET /v1/jwks</c>. Each test
/// scripts its answers: the first request gets the first answer, and so on, the last one repeating.
/// </summary>
public sealed class FakeBackendApi : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<JwksRequest> requests = new();
    private volatile Func<HttpContext, Task>[] script = [Answers.Keys()];
    private int answered;

    private FakeBackendApi(WebApplication app)
    {
        this.app = app;
        app.MapGet("/v1/jwks", HandleAsync);
    }

    /// <summary>The root URL, for example <c>http://127.0.0.1:41234</c> (no <c>/v1</c>).</summary>
    public Uri Url => new(app.Urls.Single());

    /// <summary>How many JWKS requests have arrived.</summary>
    public int RequestCount => requests.Count;

    /// <summary>Every JWKS request so far, in arrival order.</summary>
    public IReadOnlyList<JwksRequest> Requests => [.. requests];

    public static async Task<FakeBackendApi> StartAsync()
    {
        var api = new FakeBackendApi(LoopbackApp.CreateBuilder().Build());
        await api.app.StartAsync();
        return api;
    }

    /// <summary>Answers the next requests in this order; the last answer repeats. Restarts the script.</summary>
    public void Answer(params Func<HttpContext, Task>[] answers)
    {
        Interlocked.Exchange(ref answered, 0);
        script = answers;
    }

    /// <summary>Waits (in real time, bounded) until at least <paramref name="count"/> requests have arrived.</summary>
    public async Task WaitForRequestsAsync(int count)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (RequestCount < count)
        {
            await Task.Delay(5, deadline.Token);
        }
    }

    private Task HandleAsync(HttpContext context)
    {
        requests.Enqueue(new JwksRequest(
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.Authorization.ToString(),
            context.Request.Headers["Clerk-API-Version"].ToString()));
        var current = script;
        var index = Math.Min(Interlocked.Increment(ref answered) - 1, current.Length - 1);
        return current[index](context);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>What the fake Backend API saw of one request.</summary>
public sealed record JwksRequest(string PathAndQuery, string Authorization, string ApiVersion);
