using System.Text.Json.Serialization;
using Clerk.Bench;

namespace Clerk.Benchmarks.Fleet;

/// <summary>What <see cref="FleetBenchmark"/> measured, as bench/benchlib/fleet.py reads it.</summary>
internal sealed record FleetResult(
    int Users, int Concurrency, double UserCacheSeconds, IReadOnlyList<FleetCalls> Calls, CacheLatencyResult Latency);

/// <summary>
/// The Backend API calls of one fleet for <paramref name="Requests"/> requests, by endpoint as the emulator names them.
/// </summary>
internal sealed record FleetCalls(
    int Instances,
    bool Redis,
    int Requests,
    IReadOnlyDictionary<string, int> CallsByEndpoint,
    int FailedCalls,
    double Seconds);

/// <summary>Latencies in microseconds; the ratios are each round's median over its API calls' median.</summary>
internal sealed record CacheLatencyResult(
    int Rounds,
    double WarmUpSeconds,
    int OperationsPerBlock,
    int RoundsPerReader,
    Distribution MemoryHit,
    Distribution RedisHit,
    Distribution ApiCall,
    RatioSummary MemoryHitOverApiCall,
    RatioSummary RedisHitOverApiCall);

internal sealed record Distribution(double P50, double P90, double P99)
{
    public static Distribution Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return new(Percentile.Of(sorted, 0.5), Percentile.Of(sorted, 0.9), Percentile.Of(sorted, 0.99));
    }
}

internal sealed record RatioSummary(double Median, double LowerQuartile, double UpperQuartile)
{
    public static RatioSummary Of(IEnumerable<double> ratios)
    {
        var sorted = ratios.Order().ToArray();
        return new(Percentile.Of(sorted, 0.5), Percentile.Of(sorted, 0.25), Percentile.Of(sorted, 0.75));
    }
}

[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(FleetResult))]
internal sealed partial class FleetJsonContext : JsonSerializerContext;
