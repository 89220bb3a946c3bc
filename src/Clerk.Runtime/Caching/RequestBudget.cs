using Clerk.Diagnostics;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Clerk.Caching;

/// <summary>
/// The fleet's own ceiling on Backend API requests, below Clerk's limit for the secret key (1,000 per 10 s in
/// production, 100 in development), so the fleet is held back before Clerk refuses: a fixed 10 s window counted in
/// Redis (<c>INCR</c> on a key per window) when the app's cache is Redis, else in this process. Redis failing never
/// stops a call: the budget is then not counted for a second (fail open), and Clerk's own limit still applies.
/// </summary>
/// <remarks>
/// Not RedisRateLimiting, though it does this: its Lua scripts go through <c>LuaScript.Prepare</c>, which makes
/// StackExchange.Redis warn under Native AOT (IL2104, IL3053). Two plain commands need no script.
/// </remarks>
internal sealed partial class RequestBudget(
    int permits, string key, Func<Task<IConnectionMultiplexer>>? redis, bool ownsConnection, TimeProvider time, ILogger logger) : IDisposable
{
    /// <summary>Clerk's rate-limit window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    private readonly Lock local = new();
    private long localWindow = -1;
    private int localCount;
    private long skipRedisUntil;
    private int uncounted;
    private Task<IConnectionMultiplexer>? connection;

    /// <summary>
    /// Takes one request from the current window; null when granted (always, with no budget set: permits
    /// 0), else how long until the next window.
    /// </summary>
    public async ValueTask<TimeSpan?> TakeAsync()
    {
        if (permits <= 0)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var window = now.ToUnixTimeMilliseconds() / (long)Window.TotalMilliseconds;
        var count = await CountAsync(window, now).ConfigureAwait(false);
        if (count <= permits)
        {
            return null;
        }
        ClerkTelemetry.RateLimited.Add(1, new KeyValuePair<string, object?>("clerk.source", "budget"));
        return DateTimeOffset.FromUnixTimeMilliseconds((window + 1) * (long)Window.TotalMilliseconds) - now;
    }

    private async ValueTask<long> CountAsync(long window, DateTimeOffset now)
    {
        if (redis is not null && now.ToUnixTimeMilliseconds() >= Volatile.Read(ref skipRedisUntil))
        {
            try
            {
                var database = (await (connection ??= redis()).WaitAsync(Timeout).ConfigureAwait(false)).GetDatabase();
                var windowKey = new RedisKey($"{key}:{window}");
                var count = await database.StringIncrementAsync(windowKey).WaitAsync(Timeout).ConfigureAwait(false);
                // Every time, not only on the first: a key whose expiry was lost would otherwise stay for good.
                _ = database.KeyExpireAsync(windowKey, Window * 2, flags: CommandFlags.FireAndForget);
                Volatile.Write(ref uncounted, 0);
                return count;
            }
            catch (Exception exception) when (exception is RedisException or TimeoutException or ObjectDisposedException or InvalidOperationException)
            {
                Volatile.Write(ref skipRedisUntil, now.ToUnixTimeMilliseconds() + 1000);
                if (connection is { IsFaulted: true })
                {
                    connection = null; // connect again next time
                }
                if (Interlocked.Exchange(ref uncounted, 1) == 0)
                {
                    BudgetUncounted(logger, exception);
                }
                return 0;
            }
        }
        if (redis is not null)
        {
            // Redis failed a moment ago: fail open rather than count this process alone against the fleet's budget.
            return 0;
        }
        lock (local)
        {
            if (localWindow != window)
            {
                (localWindow, localCount) = (window, 0);
            }
            return ++localCount;
        }
    }

    /// <summary>
    /// The app's Redis: its own connection when it gave a factory (<paramref name="owned"/> false: the app disposes
    /// it), else one of the budget's own from the app's settings.
    /// </summary>
    public static Func<Task<IConnectionMultiplexer>>? Connection(RedisCacheOptions? options, out bool owned)
    {
        owned = false;
        if (options?.ConnectionMultiplexerFactory is { } factory)
        {
            return factory;
        }
        var configuration = options?.ConfigurationOptions?.Clone()
            ?? (options?.Configuration is { Length: > 0 } text ? ConfigurationOptions.Parse(text) : null);
        if (configuration is null)
        {
            return null;
        }
        configuration.AbortOnConnectFail = false;
        owned = true;
        return async () => await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (ownsConnection && connection is { IsCompletedSuccessfully: true } open)
        {
            open.Result.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Clerk's request budget could not be counted in Redis; calls go on uncounted until it can (Clerk's own limit still applies)")]
    private static partial void BudgetUncounted(ILogger logger, Exception exception);
}
