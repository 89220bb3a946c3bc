using System.Diagnostics;
using Clerk.Bench;
using Clerk.BackendApi;
using Clerk.Caching;
using Clerk.Tests.Processes;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Clerk.Benchmarks.Fleet;

/// <summary>
/// What a cached user costs against the Backend API call it saves, in rounds of three back-to-back blocks in one
/// process: <see cref="ClerkCache.GetUserAsync"/> answered from memory (L1), the same answered from Redis by a cache
/// whose memory does not hold the entry (L2), and <c>GET /v1/users/{user_id}</c> through an app instance's
/// <see cref="ClerkClient"/> to the emulator over loopback (the fetch <c>CurrentUserAsync</c> hands the cache). Each
/// round gives the ratio of its blocks' medians; the report takes the median over the rounds, so a drift of the shared
/// machine's speed, which moves a round's three blocks alike, cancels, and a burst spoils a round, not the result.
/// </summary>
/// <remarks>
/// An L2 hit must miss memory every time, so each is a read of an entry this cache has never read: a filler (another
/// instance, without a backplane so that its writes announce nothing) writes a pool of entries to Redis before the
/// rounds, and a reader built as every app's cache is (Redis and its backplane) reads each once; every
/// <see cref="RoundsPerReader"/> rounds the pool is used up and a new reader, with empty memory, takes over, its
/// connection opened before anything is timed. Every measured read goes through the same fetch delegate shape the app
/// uses, one that fails the run when called, so an L1 or L2 figure can only come from a hit.
/// </remarks>
internal static class CacheLatency
{
    /// <summary>Operations of each kind in a round: a few ms of API calls, so its blocks are close in time.</summary>
    public const int OperationsPerBlock = 20;

    public const int RoundsPerReader = 50;

    /// <summary>Rounds in this first stretch are not kept: tiered compilation and connection pools settle.</summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    private const string Prefix = "clerk-bench:";

    private const string WarmKey = "warm";

    // Longer than any run, so no pool entry expires while it waits; how long an entry is kept does not change a hit.
    private static readonly TimeSpan UserDuration = TimeSpan.FromHours(1);

    public static async Task<CacheLatencyResult> MeasureAsync(FleetClerk clerk, RedisServer redis, TimeSpan duration)
    {
        await redis.CommandAsync("FLUSHALL");
        await using var app = await FleetApp.StartAsync(clerk, redis);
        var client = app.Services.GetRequiredService<ClerkClient>();
        var userIds = clerk.Sessions.Select(session => session.UserId).ToArray();
        var users = new List<User>();
        foreach (var id in userIds)
        {
            users.Add(await client.Users.GetUserAsync(id));
        }

        using var memory = CacheNode.Create(redis, backplane: true);
        for (var i = 0; i < users.Count; i++)
        {
            await memory.Cache.GetUserAsync(userIds[i], _ => Task.FromResult(users[i]), default);
        }
        using (var filler = CacheNode.Create(redis, backplane: false))
        {
            await filler.Cache.GetUserAsync(WarmKey, _ => Task.FromResult(users[0]), default);
            for (var k = 0; k < RoundsPerReader * OperationsPerBlock; k++)
            {
                await filler.Cache.GetUserAsync(PoolKey(k), _ => Task.FromResult(users[k % users.Count]), default);
            }
        }

        var rounds = new List<RoundTimes>();
        var clock = Stopwatch.StartNew();
        CacheNode? reader = null;
        try
        {
            for (var round = 0; clock.Elapsed < WarmUp + duration; round++)
            {
                if (round % RoundsPerReader == 0)
                {
                    reader?.Dispose();
                    reader = await FreshReaderAsync(redis);
                }
                var kept = clock.Elapsed >= WarmUp;
                var pool = round % RoundsPerReader * OperationsPerBlock;
                var times = RoundTimes.Empty();
                var cache = reader!.Cache;
                // The order turns with each round, so no kind always runs first (or right after a reader change).
                for (var step = 0; step < 3; step++)
                {
                    await (((round + step) % 3) switch
                    {
                        0 => TimeAsync(times.MemoryHit, i => memory.Cache.GetUserAsync(UserId(i), NotAHit, default)),
                        1 => TimeAsync(times.RedisHit, i => cache.GetUserAsync(PoolKey(pool + i), NotAHit, default)),
                        _ => TimeAsync(times.ApiCall, i => client.Users.GetUserAsync(UserId(i), default)),
                    });
                }
                if (kept)
                {
                    rounds.Add(times);
                }
            }
        }
        finally
        {
            reader?.Dispose();
        }
        return Summarize(rounds);

        string UserId(int i) => userIds[i % userIds.Length];
    }

    private static string PoolKey(int k) => "pool_" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The fetch of a read that must be a hit.</summary>
    private static Task<User> NotAHit(CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A read that should have been a cache hit fetched from the Backend API.");

    private static async Task<CacheNode> FreshReaderAsync(RedisServer redis)
    {
        var reader = CacheNode.Create(redis, backplane: true);
        // Its first read opens its connection to Redis, once, as an instance does at its first request; then a moment
        // for the backplane's own connection and subscription, which need not be done when that read returns.
        await reader.Cache.GetUserAsync(WarmKey, NotAHit, default);
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        return reader;
    }

    /// <summary>
    /// Microseconds per operation, each timed alone from the raw timestamps (a <see cref="TimeSpan"/> would round a
    /// memory hit to its 100 ns ticks); the two timestamp reads add some 20 ns to each.
    /// </summary>
    private static async Task TimeAsync(double[] microseconds, Func<int, Task<User>> operation)
    {
        for (var i = 0; i < microseconds.Length; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(i);
            microseconds[i] = (Stopwatch.GetTimestamp() - started) * 1e6 / Stopwatch.Frequency;
        }
    }

    private static CacheLatencyResult Summarize(List<RoundTimes> rounds) => new(
        rounds.Count,
        WarmUp.TotalSeconds,
        OperationsPerBlock,
        RoundsPerReader,
        Distribution.Of(rounds.SelectMany(round => round.MemoryHit)),
        Distribution.Of(rounds.SelectMany(round => round.RedisHit)),
        Distribution.Of(rounds.SelectMany(round => round.ApiCall)),
        RatioSummary.Of(rounds.Select(round => Median(round.MemoryHit) / Median(round.ApiCall))),
        RatioSummary.Of(rounds.Select(round => Median(round.RedisHit) / Median(round.ApiCall))));

    private static double Median(IEnumerable<double> values) => Percentile.Of(values.Order().ToArray(), 0.5);

    /// <summary>One round's timings, in microseconds.</summary>
    private sealed record RoundTimes(double[] MemoryHit, double[] RedisHit, double[] ApiCall)
    {
        public static RoundTimes Empty() =>
            new(new double[OperationsPerBlock], new double[OperationsPerBlock], new double[OperationsPerBlock]);
    }

    /// <summary>
    /// A <see cref="ClerkCache"/> as <c>AddClerk()</c> builds it over <c>AddStackExchangeRedisCache</c>: its own Redis
    /// connection and memory, the backplane when asked.
    /// </summary>
    private sealed class CacheNode(RedisCache redis, ClerkCache cache) : IDisposable
    {
        public ClerkCache Cache => cache;

        public static CacheNode Create(RedisServer server, bool backplane)
        {
            var options = Options.Create(new RedisCacheOptions { Configuration = server.Configuration });
            var redis = new RedisCache(options);
            var cache = ClerkCacheFactory.Create(redis, backplane ? options : null, Prefix, UserDuration, TimeSpan.Zero,
                TimeProvider.System, NullLoggerFactory.Instance);
            return new CacheNode(redis, cache);
        }

        public void Dispose()
        {
            cache.Dispose();
            redis.Dispose();
        }
    }
}
