using Clerk.Caching;
using Microsoft.Extensions.Time.Testing;

namespace Clerk.Runtime.Tests.AuthBackend;

/// <summary>The per-(session, template) cache behind <c>GetTokenAsync(template)</c>, on a clock the tests move.</summary>
public sealed class TemplateTokenCacheTests
{
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private int minted;

    private Func<CancellationToken, Task<string>> Mint(TimeSpan lifetime) => _ =>
    {
        var serial = Interlocked.Increment(ref minted);
        return Task.FromResult(Jwt(time.GetUtcNow() + lifetime, serial));
    };

    private static string Jwt(DateTimeOffset expiresAt, int serial) =>
        "eyJhbGciOiJSUzI1NiJ9." + JwsTokens.Encode($$"""{"exp":{{expiresAt.ToUnixTimeSeconds()}},"n":{{serial}}}""") + ".c2ln";

    [Fact]
    public async Task A_token_is_served_until_ten_seconds_before_it_expires_then_minted_again()
    {
        var cache = new TemplateTokenCache(time);
        var first = await cache.GetAsync("sess_1", "supabase", null, Mint(TimeSpan.FromSeconds(60)), default);

        time.Advance(TimeSpan.FromSeconds(49));
        Assert.Equal(first, await cache.GetAsync("sess_1", "supabase", null, Mint(TimeSpan.FromSeconds(60)), default));
        Assert.Equal(1, minted);

        time.Advance(TimeSpan.FromSeconds(1)); // 10 s left: too little to hand on
        Assert.NotEqual(first, await cache.GetAsync("sess_1", "supabase", null, Mint(TimeSpan.FromSeconds(60)), default));
        Assert.Equal(2, minted);
    }

    [Fact]
    public async Task Sessions_templates_and_lifetimes_are_kept_apart()
    {
        var cache = new TemplateTokenCache(time);
        var mint = Mint(TimeSpan.FromSeconds(60));
        var tokens = new[]
        {
            await cache.GetAsync("sess_1", "supabase", null, mint, default),
            await cache.GetAsync("sess_2", "supabase", null, mint, default),
            await cache.GetAsync("sess_1", "hasura", null, mint, default),
            await cache.GetAsync("sess_1", "supabase", 120, mint, default),
        };
        Assert.Equal(4, tokens.Distinct().Count());
        Assert.Equal(4, cache.Count);
    }

    [Fact]
    public async Task Concurrent_misses_share_one_call()
    {
        var cache = new TemplateTokenCache(time);
        var release = new TaskCompletionSource<string>();
        var calls = 0;
        Task<string> Slow(CancellationToken _)
        {
            Interlocked.Increment(ref calls);
            return release.Task;
        }

        var waiting = Enumerable.Range(0, 8).Select(_ => cache.GetAsync("sess_1", "supabase", null, Slow, default)).ToArray();
        release.SetResult(Jwt(time.GetUtcNow().AddMinutes(1), 1));
        var tokens = await Task.WhenAll(waiting);

        Assert.Equal(1, calls);
        Assert.Single(tokens.Distinct());
    }

    [Fact]
    public async Task A_failure_is_not_kept_and_a_cancelled_wait_leaves_the_call_running_for_others()
    {
        var cache = new TemplateTokenCache(time);
        await Assert.ThrowsAsync<HttpRequestException>(() =>
            cache.GetAsync("sess_1", "supabase", null, _ => Task.FromException<string>(new HttpRequestException("down")), default));
        Assert.NotNull(await cache.GetAsync("sess_1", "supabase", null, Mint(TimeSpan.FromSeconds(60)), default));

        var release = new TaskCompletionSource<string>();
        using var cancelled = new CancellationTokenSource();
        var abandoned = cache.GetAsync("sess_2", "supabase", null, _ => release.Task, cancelled.Token);
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        release.SetResult(Jwt(time.GetUtcNow().AddMinutes(1), 99));
        Assert.Equal(await release.Task, await cache.GetAsync("sess_2", "supabase", null, Mint(TimeSpan.FromSeconds(60)), default));
    }

    [Fact]
    public async Task The_cache_is_bounded_and_makes_room_by_dropping_expired_tokens()
    {
        var cache = new TemplateTokenCache(time, capacity: 2);
        var mint = Mint(TimeSpan.FromSeconds(60));
        await cache.GetAsync("sess_1", "t", null, mint, default);
        await cache.GetAsync("sess_2", "t", null, mint, default);
        await cache.GetAsync("sess_3", "t", null, mint, default); // full: served, not kept
        Assert.Equal(2, cache.Count);
        await cache.GetAsync("sess_3", "t", null, mint, default);
        Assert.Equal(4, minted);

        time.Advance(TimeSpan.FromMinutes(1));
        await cache.GetAsync("sess_4", "t", null, mint, default); // the expired two make room
        Assert.Equal(1, cache.Count);
    }

    [Theory]
    [InlineData("not-a-jwt")]
    [InlineData("a.b.c")]
    [InlineData("a.eyJleHAiOiJzb29uIn0.c")] // {"exp":"soon"}
    [InlineData("a.WyJhcnJheSJd.c")]         // ["array"]
    public void A_token_whose_expiry_cannot_be_read_is_never_kept(string jwt)
    {
        Assert.Null(JwtExpiry.Read(jwt));
    }
}
