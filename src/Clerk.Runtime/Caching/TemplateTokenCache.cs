using System.Collections.Concurrent;
using Clerk.Diagnostics;

namespace Clerk.Caching;

/// <summary>
/// Keeps JWT-template tokens per (session, template, lifetime asked for) and serves each until shortly before it
/// expires: every template call counts against the Backend API's rate limit, and a handler that calls
/// <see cref="Auth.GetTokenAsync"/> on every request would otherwise mint a token per request. Concurrent misses for
/// the same key share one call. This instance's own cache, for an app without a distributed cache; with one,
/// <see cref="ClerkCache"/> keeps them for the whole fleet.
/// </summary>
/// <remarks>
/// Our own small cache rather than <c>MemoryCache</c>: that reads the system clock, and these entries must expire by
/// the app's <see cref="TimeProvider"/> (tests move it). Bounded: when full, expired entries are swept, and if none
/// were, the new token is simply not kept.
/// </remarks>
internal sealed class TemplateTokenCache(TimeProvider time, int capacity = TemplateTokenCache.DefaultCapacity)
{
    public const int DefaultCapacity = 10_000;

    /// <summary>How long before its <c>exp</c> a token stops being served, so the receiver still has time to use it.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<Key, Entry> tokens = new();
    private readonly ConcurrentDictionary<Key, Lazy<Task<string>>> inFlight = new();

    public int Count => tokens.Count;

    public async Task<string> GetAsync(
        string sessionId, string template, int? expiresInSeconds, Func<CancellationToken, Task<string>> mint, CancellationToken cancellationToken)
    {
        var key = new Key(sessionId, template, expiresInSeconds);
        if (tokens.TryGetValue(key, out var cached) && time.GetUtcNow() < cached.ServeUntil)
        {
            ClerkTelemetry.CacheLookup("template_token", hit: true);
            return cached.Jwt;
        }
        ClerkTelemetry.CacheLookup("template_token", hit: false);

        // The shared call runs without the first caller's token: another request may be waiting on it too.
        var call = inFlight.GetOrAdd(key, _ => new Lazy<Task<string>>(() => MintAndKeepAsync(key, mint)));
        return await call.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> MintAndKeepAsync(Key key, Func<CancellationToken, Task<string>> mint)
    {
        try
        {
            var jwt = await mint(CancellationToken.None).ConfigureAwait(false);
            if (JwtExpiry.Read(jwt) is { } expiresAt && expiresAt - RefreshMargin > time.GetUtcNow() && HasRoom())
            {
                tokens[key] = new Entry(jwt, expiresAt - RefreshMargin);
            }
            return jwt;
        }
        finally
        {
            // Whether it succeeded or failed, the next miss makes a new call (a failure is never cached).
            inFlight.TryRemove(key, out _);
        }
    }

    private bool HasRoom()
    {
        if (tokens.Count < capacity)
        {
            return true;
        }
        var now = time.GetUtcNow();
        foreach (var (key, entry) in tokens)
        {
            if (entry.ServeUntil <= now)
            {
                tokens.TryRemove(key, out _);
            }
        }
        return tokens.Count < capacity;
    }

    private readonly record struct Key(string SessionId, string Template, int? ExpiresInSeconds);

    private sealed record Entry(string Jwt, DateTimeOffset ServeUntil);
}
