using System.Diagnostics;
using System.Net.Http.Headers;
using Clerk.Tests.Hosting;
using Clerk.Tests.Processes;

namespace Clerk.Benchmarks.Fleet;

/// <summary>
/// How many Backend API calls a fleet makes for the same traffic: <see cref="Requests"/> requests of the signed-in
/// users spread round-robin over the instances (request <c>i</c> to instance <c>i mod n</c>, as user <c>i mod u</c>, so
/// every user reaches every instance), <see cref="Concurrency"/> at a time, counted where they arrive.
/// </summary>
/// <remarks>
/// Each instance has answered one request before the count starts (without a token, so no Backend API call): the
/// first request's start-up work (Kestrel, JIT) would otherwise stretch the first calls and widen the window in which
/// two instances miss the same entry at once. Its JWKS is still fetched within the count, on its first signed-in
/// request, as a freshly started instance does.
/// </remarks>
internal static class BackendCallCounts
{
    public const int Requests = 1000;

    /// <summary>
    /// Requests in flight at once, as a load balancer forwards them: fewer than the users, so one user's requests
    /// (every tenth) rarely overlap, and a double fetch, when it happens, is a race a real fleet would have too.
    /// </summary>
    public const int Concurrency = 4;

    public static async Task<FleetCalls> MeasureAsync(FleetClerk clerk, RedisServer redis, int instances, bool shared)
    {
        // Every configuration starts from empty caches: the instances are new, and so is the shared level.
        await redis.CommandAsync("FLUSHALL");
        var apps = new List<LoopbackApp>();
        try
        {
            for (var i = 0; i < instances; i++)
            {
                apps.Add(await FleetApp.StartAsync(clerk, shared ? redis : null));
            }
            foreach (var app in apps)
            {
                using var signedOut = await app.Client.GetAsync(FleetApp.Route);
                if (signedOut.StatusCode != System.Net.HttpStatusCode.Unauthorized)
                {
                    throw new InvalidOperationException($"A signed-out request was answered {signedOut.StatusCode}.");
                }
            }

            await clerk.ForgetCallsAsync();
            var clock = Stopwatch.StartNew();
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
            {
                for (var i = Interlocked.Increment(ref next); i < Requests; i = Interlocked.Increment(ref next))
                {
                    await RequestAsync(apps[i % instances], clerk.Sessions[i % clerk.Sessions.Count]);
                }
            }));
            var seconds = clock.Elapsed.TotalSeconds;
            var (byEndpoint, failed) = await clerk.CallsAsync();
            return new FleetCalls(instances, shared, Requests, byEndpoint, failed, seconds);
        }
        finally
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>One request as the session's user; anything but that user's id in a 200 fails the run.</summary>
    private static async Task RequestAsync(LoopbackApp app, Clerk.Emulator.EmulatedSession session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, FleetApp.Route);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Token);
        using var response = await app.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || body != session.UserId)
        {
            throw new InvalidOperationException($"GET {FleetApp.Route} as {session.UserId}: {response.StatusCode} {body}");
        }
    }
}
