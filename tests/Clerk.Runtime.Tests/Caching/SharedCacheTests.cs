using Clerk.Tests.Processes;
using Microsoft.Extensions.Logging;

namespace Clerk.Runtime.Tests.Caching;

/// <summary>
/// Clerk's caches across instances on a real Redis (<c>AddStackExchangeRedisCache</c>): one Backend API call per user
/// and per template token for the whole fleet, a change seen everywhere within a second, two Clerk instances kept
/// apart, and nothing failing while Redis is down.
/// </summary>
public sealed class SharedCacheTests
{
    [Fact]
    public async Task A_user_fetched_by_one_instance_is_served_to_the_others_from_the_shared_cache()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(3, redis);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal((200, "John"), await fleet.GetAsync(i, "/user", "user_a"));
            Assert.Equal((200, "John"), await fleet.GetAsync(i, "/user", "user_a"));
        }
        Assert.Equal(1, fleet.Calls("GET", "/v1/users/user_a"));
    }

    [Fact]
    public async Task Without_a_shared_cache_each_instance_fetches_for_itself()
    {
        await using var fleet = await ClerkFleet.StartAsync(3, redis: null);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal((200, "John"), await fleet.GetAsync(i, "/user", "user_a"));
            Assert.Equal((200, "John"), await fleet.GetAsync(i, "/user", "user_a"));
        }
        // Each instance's memory still saves its own second call.
        Assert.Equal(3, fleet.Calls("GET", "/v1/users/user_a"));
    }

    [Fact]
    public async Task Users_are_fetched_on_every_request_unless_a_cache_duration_is_set()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(2, redis, options => options.UserCacheDuration = TimeSpan.Zero);

        await fleet.GetAsync(0, "/user", "user_a");
        await fleet.GetAsync(1, "/user", "user_a");
        await fleet.GetAsync(1, "/user", "user_a");
        Assert.Equal(3, fleet.Calls("GET", "/v1/users/user_a"));
    }

    [Fact]
    public async Task A_user_changed_through_ClerkClient_on_one_instance_is_fresh_on_every_instance_within_a_second()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(3, redis);
        for (var i = 0; i < 3; i++)
        {
            await fleet.GetAsync(i, "/user", "user_b");
        }

        Assert.Equal("Ada", await fleet.RenameAsync(0, "user_b", "Ada"));

        var deadline = DateTime.UtcNow.AddSeconds(1);
        for (var i = 0; i < 3; i++)
        {
            while ((await fleet.GetAsync(i, "/user", "user_b")).Body != "Ada")
            {
                Assert.True(DateTime.UtcNow < deadline, $"instance {i} still serves the old user after 1 s");
                await Task.Delay(20);
            }
        }
    }

    [Fact]
    public async Task Without_a_backplane_a_change_is_still_seen_within_a_second_because_memory_keeps_users_only_that_long()
    {
        // An IDistributedCache that is not Redis: a shared level, but no backplane to announce changes.
        await using var fleet = await ClerkFleet.StartAsync(0, redis: null);
        var shared = new Microsoft.Extensions.Caching.Distributed.MemoryDistributedCache(
            Microsoft.Extensions.Options.Options.Create(new Microsoft.Extensions.Caching.Memory.MemoryDistributedCacheOptions()));
        var cache = CacheOver(new SharedButNotMemory(shared), fleet);
        var other = CacheOver(new SharedButNotMemory(shared), fleet);

        Assert.Equal("John", (await cache.GetUserAsync("user_c", _ => Task.FromResult(User("John")), default)).FirstName);
        Assert.Equal("John", (await other.GetUserAsync("user_c", _ => Task.FromResult(User("other")), default)).FirstName);
        await cache.ForgetUserAsync("user_c");
        Assert.Equal("John", (await other.GetUserAsync("user_c", _ => Task.FromResult(User("Ada")), default)).FirstName);
        await Task.Delay(Clerk.Caching.ClerkCache.UnsyncedMemoryBound + TimeSpan.FromMilliseconds(100));
        Assert.Equal("Ada", (await other.GetUserAsync("user_c", _ => Task.FromResult(User("Ada")), default)).FirstName);
    }

    [Fact]
    public async Task Another_Clerk_instance_on_the_same_Redis_never_reads_this_ones_entries()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(1, redis);
        await fleet.AddInstanceAsync(options => options.SecretKey = "sk_test_another_instance");

        await fleet.GetAsync(0, "/user", "user_d");
        await fleet.GetAsync(1, "/user", "user_d");
        await fleet.GetAsync(0, "/token", "user_d");
        await fleet.GetAsync(1, "/token", "user_d");
        Assert.Equal(2, fleet.Calls("GET", "/v1/users/user_d"));
        Assert.Equal(2, fleet.Calls("POST", "/v1/sessions/sess_user_d/tokens/supabase"));
    }

    [Fact]
    public async Task A_template_token_is_minted_once_for_the_fleet_and_served_by_every_instance()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(3, redis);

        var tokens = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            tokens.Add((await fleet.GetAsync(i, "/token", "user_e")).Body);
        }
        Assert.Single(tokens.Distinct());
        Assert.Equal(1, fleet.Calls("POST", "/v1/sessions/sess_user_e/tokens/supabase"));
    }

    [Fact]
    public async Task Machine_tokens_are_verified_once_for_the_fleet_when_their_cache_duration_is_set()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(2, redis, options => options.MachineTokenCacheDuration = TimeSpan.FromMinutes(1));

        Assert.Equal((200, "ak_3beecc9c60adb5f9b850e91a8ee1e992"), await fleet.GetAsync(0, "/machine", "", ClerkFleet.ApiKey));
        Assert.Equal((200, "ak_3beecc9c60adb5f9b850e91a8ee1e992"), await fleet.GetAsync(1, "/machine", "", ClerkFleet.ApiKey));
        Assert.Equal(1, fleet.Calls("POST", "/v1/api_keys/verify"));
        // The token itself is never a key in Redis: only its digest.
        var keys = (await redis.CommandAsync("KEYS", "*")).Stdout;
        Assert.DoesNotContain(ClerkFleet.ApiKey, keys);
        Assert.Contains(Clerk.Caching.ClerkInstanceKey.Digest(ClerkFleet.ApiKey), keys);
    }

    [Fact]
    public async Task Machine_tokens_are_verified_on_every_request_by_default()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(2, redis);

        await fleet.GetAsync(0, "/machine", "", ClerkFleet.ApiKey);
        await fleet.GetAsync(0, "/machine", "", ClerkFleet.ApiKey);
        await fleet.GetAsync(1, "/machine", "", ClerkFleet.ApiKey);
        Assert.Equal(3, fleet.Calls("POST", "/v1/api_keys/verify"));
    }

    [Fact]
    public async Task A_429_seen_by_one_instance_holds_back_every_instance_until_Retry_After_has_passed()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(3, redis);
        fleet.Api.ThenJson(429, """{"errors":[{"code":"too_many_requests","message":"Too many requests","long_message":"Too many requests"}]}""",
            headers => headers.Headers.RetryAfter = "2");

        Assert.Equal((502, "429 2"), await fleet.GetAsync(0, "/user", "user_f"));
        // The others do not spend the budget: they are answered Clerk's 429 with what is left of the wait.
        var held = await fleet.GetAsync(1, "/user", "user_g");
        Assert.Equal(502, held.Status);
        Assert.StartsWith("429 ", held.Body);
        Assert.Equal(502, (await fleet.GetAsync(2, "/user", "user_h")).Status);
        Assert.Equal(0, fleet.Calls("GET", "/v1/users/user_g") + fleet.Calls("GET", "/v1/users/user_h"));

        await Task.Delay(TimeSpan.FromSeconds(2.1));
        Assert.Equal((200, "John"), await fleet.GetAsync(1, "/user", "user_g"));
    }

    [Fact]
    public async Task With_retries_a_held_back_call_waits_out_the_pause_and_then_succeeds()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(2, redis, options => options.BackendApiMaxRetries = 2);
        fleet.Api.ThenJson(429, """{"errors":[{"code":"too_many_requests","message":"Too many requests","long_message":"Too many requests"}]}""",
            headers => headers.Headers.RetryAfter = "1");

        var first = fleet.GetAsync(0, "/user", "user_i");
        await Task.Delay(200);
        var started = DateTime.UtcNow;
        Assert.Equal((200, "John"), await fleet.GetAsync(1, "/user", "user_j"));
        Assert.Equal((200, "John"), await first);
        Assert.True(DateTime.UtcNow - started > TimeSpan.FromMilliseconds(500), "the second instance did not wait for the pause");
        // One 429, then one fetch per user: nothing was spent while the fleet waited.
        Assert.Equal(3, fleet.Api.Requests.Count);
    }

    [Fact]
    public async Task Redis_going_down_fails_no_request_warns_once_and_sharing_resumes_when_it_is_back()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(2, redis);
        await fleet.GetAsync(0, "/user", "user_k");

        await redis.StopAsync();
        for (var round = 0; round < 5; round++)
        {
            for (var i = 0; i < 2; i++)
            {
                // Memory for what each instance already has, the Backend API for the rest; and no request waits on
                // Redis for long (StackExchange.Redis alone would hold each command for its 1 s timeout).
                var clock = System.Diagnostics.Stopwatch.StartNew();
                Assert.Equal((200, "John"), await fleet.GetAsync(i, "/user", "user_k"));
                Assert.Equal((200, "John"), await fleet.GetAsync(i, "/user", $"user_down_{round}"));
                Assert.Equal(200, (await fleet.GetAsync(i, "/token", "user_k")).Status);
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1.5), $"three requests took {clock.Elapsed} with Redis down");
            }
            await Task.Delay(300);
        }
        var warnings = fleet.Logs.Entries.Where(entry => entry.Level >= LogLevel.Warning).ToList();
        Assert.True(warnings.Count == 2, string.Join("\n", warnings)); // one per instance
        Assert.All(warnings, warning => Assert.Contains("shared cache is unavailable", warning.Message));

        await redis.StartAgainAsync();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            // A new user per try: shared again when the second instance finds the first one's fetch in Redis.
            var user = "user_back_" + Guid.NewGuid().ToString("N");
            await fleet.GetAsync(0, "/user", user);
            await fleet.GetAsync(1, "/user", user);
            if (fleet.Calls("GET", "/v1/users/" + user) == 1)
            {
                break;
            }
            Assert.True(DateTime.UtcNow < deadline, "sharing did not resume within 20 s of Redis coming back");
            await Task.Delay(200);
        }
        Assert.Contains(fleet.Logs.Entries, entry => entry.Message.Contains("shared cache is back"));
    }

    [Fact]
    public async Task A_slow_Redis_delays_no_request_past_the_shared_cache_timeout()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(1, redis);
        await fleet.GetAsync(0, "/user", "user_l");

        var sleeping = redis.CommandAsync("DEBUG", "SLEEP", "3");
        await Task.Delay(100);
        var started = DateTime.UtcNow;
        Assert.Equal((200, "John"), await fleet.GetAsync(0, "/user", "user_m"));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(1.5), $"took {DateTime.UtcNow - started}");
        await sleeping;
    }

    [Fact]
    public async Task A_flushed_Redis_costs_one_fetch_again_and_nothing_else()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(2, redis);
        await fleet.GetAsync(0, "/user", "user_n");
        await redis.CommandAsync("FLUSHALL");

        // The first instance still has it in memory; the second finds nothing shared and asks once.
        Assert.Equal((200, "John"), await fleet.GetAsync(0, "/user", "user_n"));
        Assert.Equal((200, "John"), await fleet.GetAsync(1, "/user", "user_n"));
        Assert.Equal((200, "John"), await fleet.GetAsync(1, "/user", "user_n"));
        Assert.Equal(2, fleet.Calls("GET", "/v1/users/user_n"));
    }

    private static Clerk.BackendApi.User User(string firstName) => new() { Id = "user_c", FirstName = firstName };

    private static Clerk.Caching.ClerkCache CacheOver(Microsoft.Extensions.Caching.Distributed.IDistributedCache shared, ClerkFleet fleet) =>
        Clerk.Caching.ClerkCacheFactory.Create(shared, null, "clerk:test:", TimeSpan.FromMinutes(1), TimeSpan.Zero, TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);

    /// <summary>A shared level that is not <c>MemoryDistributedCache</c> (which Clerk ignores, being per process).</summary>
    private sealed class SharedButNotMemory(Microsoft.Extensions.Caching.Distributed.IDistributedCache inner) : Microsoft.Extensions.Caching.Distributed.IDistributedCache
    {
        public byte[]? Get(string key) => inner.Get(key);
        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => inner.GetAsync(key, token);
        public void Set(string key, byte[] value, Microsoft.Extensions.Caching.Distributed.DistributedCacheEntryOptions options) => inner.Set(key, value, options);
        public Task SetAsync(string key, byte[] value, Microsoft.Extensions.Caching.Distributed.DistributedCacheEntryOptions options, CancellationToken token = default) => inner.SetAsync(key, value, options, token);
        public void Refresh(string key) => inner.Refresh(key);
        public Task RefreshAsync(string key, CancellationToken token = default) => inner.RefreshAsync(key, token);
        public void Remove(string key) => inner.Remove(key);
        public Task RemoveAsync(string key, CancellationToken token = default) => inner.RemoveAsync(key, token);
    }
}
