using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Clerk.Diagnostics;

/// <summary>
/// Clerk's instruments, on a <see cref="Meter"/> and an <see cref="ActivitySource"/> both named <c>Clerk</c>: what
/// OpenTelemetry collects with <c>AddMeter("Clerk")</c> and <c>AddSource("Clerk")</c>, no Clerk code needed. Static,
/// as <c>HttpClient</c>'s own instruments are: they describe the process, and a listener sees them whoever built them.
/// </summary>
internal static class ClerkTelemetry
{
    public const string Name = "Clerk";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Requests authenticated, by token type and outcome (<c>verified</c> or the reason it was not).</summary>
    public static readonly Counter<long> Verifications = Meter.CreateCounter<long>(
        "clerk.token.verifications", "{verification}", "Tokens checked, by token type and outcome.");

    /// <summary>Lookups in Clerk's caches (verified tokens, template tokens, users, machine tokens), hit or miss.</summary>
    public static readonly Counter<long> CacheLookups = Meter.CreateCounter<long>(
        "clerk.cache.lookups", "{lookup}", "Lookups in Clerk's caches, by cache and result (hit or miss).");

    /// <summary>Operations on the shared (distributed) cache level: hits, misses, writes and errors.</summary>
    public static readonly Counter<long> SharedCacheOperations = Meter.CreateCounter<long>(
        "clerk.shared_cache.operations", "{operation}", "Operations on the shared cache level, by operation and result (hit, miss, ok, error).");

    /// <summary>Each attempt sent to the Backend API, by method, endpoint template, status and whether it was a retry.</summary>
    public static readonly Counter<long> BackendApiRequests = Meter.CreateCounter<long>(
        "clerk.backend_api.requests", "{request}", "Attempts sent to Clerk's Backend API, by method, endpoint, status and retry.");

    /// <summary>How long each attempt took.</summary>
    public static readonly Histogram<double> BackendApiDuration = Meter.CreateHistogram<double>(
        "clerk.backend_api.duration", "s", "Duration of each Backend API attempt.");

    /// <summary>429s: answered by Clerk, or held back because a 429 seen in the fleet is still being waited out.</summary>
    public static readonly Counter<long> RateLimited = Meter.CreateCounter<long>(
        "clerk.backend_api.rate_limited", "{response}", "429s from Clerk (source=clerk) and calls held back by the fleet's back-off (source=fleet).");

    public static void CacheLookup(string cache, bool hit) =>
        CacheLookups.Add(1, new KeyValuePair<string, object?>("clerk.cache", cache), new KeyValuePair<string, object?>("clerk.cache.result", hit ? "hit" : "miss"));
}
