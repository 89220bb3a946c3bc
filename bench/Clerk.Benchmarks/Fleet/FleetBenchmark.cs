using System.Globalization;
using System.Text.Json;
using Clerk.Tests.Processes;

namespace Clerk.Benchmarks.Fleet;

/// <summary>
/// The fleet's shared caches (bench/run.sh's fleet part): the Backend API calls of one and of three app instances,
/// without and with Redis (<see cref="BackendCallCounts"/>), then what a cache hit costs against the call it saves
/// (<see cref="CacheLatency"/>), on one real redis-server and one emulator, written to a JSON file for the report.
/// </summary>
internal static class FleetBenchmark
{
    public const int Users = 10;

    private static readonly (int Instances, bool Redis)[] Fleets = [(1, false), (1, true), (3, false), (3, true)];

    public static async Task RunAsync(TimeSpan latencyDuration, string outputPath)
    {
        await using var redis = await RedisServer.StartAsync();
        await using var clerk = await FleetClerk.StartAsync(Users);
        var calls = new List<FleetCalls>();
        foreach (var (instances, shared) in Fleets)
        {
            var fleet = await BackendCallCounts.MeasureAsync(clerk, redis, instances, shared);
            var byEndpoint = string.Join(", ", fleet.CallsByEndpoint.Select(endpoint => $"{endpoint.Key} {endpoint.Value}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{instances} instance(s), {(shared ? "Redis" : "no Redis")}: {fleet.CallsByEndpoint.Values.Sum()} " +
                $"Backend API calls for {fleet.Requests} requests in {fleet.Seconds:F1} s ({byEndpoint})"));
            calls.Add(fleet);
        }

        var latency = await CacheLatency.MeasureAsync(clerk, redis, latencyDuration);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{latency.Rounds} rounds: memory hit {latency.MemoryHit.P50:F2} µs, " +
            $"Redis hit {latency.RedisHit.P50:F1} µs, " +
            $"API call {latency.ApiCall.P50:F1} µs (p50); memory/API {latency.MemoryHitOverApiCall.Median:F4}, " +
            $"Redis/API {latency.RedisHitOverApiCall.Median:F3} (medians of the rounds' ratios)"));

        var result = new FleetResult(
            Users, BackendCallCounts.Concurrency, FleetApp.UserCacheDuration.TotalSeconds, calls, latency);
        await File.WriteAllTextAsync(outputPath, JsonSerializer.Serialize(result, FleetJsonContext.Default.FleetResult));
    }
}
