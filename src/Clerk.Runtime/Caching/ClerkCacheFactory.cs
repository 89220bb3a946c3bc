using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ZiggyCreatures.Caching.Fusion;
using ZiggyCreatures.Caching.Fusion.Backplane.StackExchangeRedis;

namespace Clerk.Caching;

/// <summary>
/// Builds <see cref="ClerkCache"/> over what the app registered. FusionCache rather than HybridCache: both keep two
/// levels over an <see cref="IDistributedCache"/>, but only FusionCache has a backplane that evicts an entry from every
/// instance's memory when it changes, which is what keeps a user fresh across the fleet within a second (HybridCache
/// has no cross-node invalidation yet). Its own serializer is not used: <see cref="ClerkCacheSerializer"/> is
/// source-generated, so Native AOT stays clean.
/// </summary>
internal static class ClerkCacheFactory
{
    /// <summary>
    /// Past this FusionCache stops waiting for a shared-cache operation and goes on without it: a backstop behind
    /// <see cref="ObservedDistributedCache.Timeout"/>, which gives up sooner.
    /// </summary>
    public static readonly TimeSpan SharedCacheTimeout = TimeSpan.FromMilliseconds(500);

    /// <summary>After a shared-cache failure, how long it is left alone before it is tried again.</summary>
    public static readonly TimeSpan CircuitBreakerDuration = TimeSpan.FromSeconds(1);

    public static ClerkCache Create(
        IDistributedCache? distributed, IOptions<RedisCacheOptions>? redis, string prefix, TimeSpan userDuration, TimeSpan machineTokenDuration,
        TimeProvider time, ILoggerFactory logging)
    {
        var options = new FusionCacheOptions
        {
            CacheName = "Clerk",
            DistributedCacheCircuitBreakerDuration = CircuitBreakerDuration,
            BackplaneCircuitBreakerDuration = CircuitBreakerDuration,
            // ObservedDistributedCache logs an outage once; FusionCache would log every failed operation.
            DistributedCacheErrorsLogLevel = LogLevel.Debug,
            BackplaneErrorsLogLevel = LogLevel.Debug,
            DistributedCacheSyntheticTimeoutsLogLevel = LogLevel.Debug,
            BackplaneSyntheticTimeoutsLogLevel = LogLevel.Debug,
            MissingCacheKeyPrefixWarningLogLevel = LogLevel.Debug,
            EnableAutoRecovery = true,
            DefaultEntryOptions = new FusionCacheEntryOptions
            {
                IsFailSafeEnabled = false,
                Size = 1,
                DistributedCacheHardTimeout = SharedCacheTimeout,
                AllowBackgroundDistributedCacheOperations = false,
            },
        };
        // Bounded like the other caches: entries count one each.
        var memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = 100_000 });
        var fusion = new FusionCache(options, memory, new QuietLogger<FusionCache>(logging.CreateLogger<FusionCache>()));
        var shared = distributed is not null and not MemoryDistributedCache;
        var backplane = false;
        if (shared)
        {
            fusion.SetupDistributedCache(new ObservedDistributedCache(distributed!, logging.CreateLogger("Clerk.Caching")), new ClerkCacheSerializer());
            if (distributed is RedisCache && redis?.Value is { } redisOptions && Backplane(redisOptions) is { } backplaneOptions)
            {
                fusion.SetupBackplane(new RedisBackplane(backplaneOptions, new QuietLogger<RedisBackplane>(logging.CreateLogger<RedisBackplane>())));
                backplane = true;
            }
        }
        return new ClerkCache(fusion, prefix, new ClerkCacheSettings(userDuration, machineTokenDuration, shared, backplane), time);
    }

    /// <summary>The backplane on the same Redis as the app's cache, however the app configured its connection.</summary>
    private static RedisBackplaneOptions? Backplane(RedisCacheOptions redis)
    {
        if (redis.ConnectionMultiplexerFactory is { } factory)
        {
            return new RedisBackplaneOptions { ConnectionMultiplexerFactory = factory };
        }
        if (redis.ConfigurationOptions is { } configuration)
        {
            return new RedisBackplaneOptions { ConfigurationOptions = configuration.Clone() };
        }
        return redis.Configuration is { Length: > 0 } text ? new RedisBackplaneOptions { Configuration = text } : null;
    }
}
