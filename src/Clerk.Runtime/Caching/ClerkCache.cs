using Clerk.BackendApi;
using Clerk.Diagnostics;
using ZiggyCreatures.Caching.Fusion;

namespace Clerk.Caching;

/// <summary>
/// Clerk's data caches for one Clerk instance: users (opt in), template tokens, machine-token results (opt in) and the
/// fleet's rate-limit pause, in FusionCache. With a distributed cache registered it has two levels, memory and the
/// shared cache, and a change evicts the entry on every instance (the Redis backplane, or a memory level of at most
/// <see cref="UnsyncedMemoryBound"/> without one). Concurrent misses for one key on one instance share one call, and a
/// failure is never cached.
/// </summary>
internal sealed class ClerkCache(IFusionCache cache, string prefix, ClerkCacheSettings settings, TimeProvider time) : IUserChanges, IDisposable
{
    /// <summary>Stops the backplane's subscription and closes its connection when the app stops.</summary>
    public void Dispose() => cache.Dispose();

    /// <summary>
    /// The longest an entry that can change (a user, the pause) stays in an instance's memory when no backplane tells it
    /// of changes: a change on one instance is then seen on every other within this.
    /// </summary>
    public static readonly TimeSpan UnsyncedMemoryBound = TimeSpan.FromSeconds(1);

    /// <summary>Whether entries are shared with other instances (a distributed cache is registered).</summary>
    public bool IsShared => settings.Shared;

    public bool CachesUsers => settings.UserDuration > TimeSpan.Zero;

    public async Task<User> GetUserAsync(string userId, Func<CancellationToken, Task<User>> fetch, CancellationToken cancellationToken)
    {
        if (!CachesUsers)
        {
            return await fetch(cancellationToken).ConfigureAwait(false);
        }
        var fetched = false;
        var options = Entry(settings.UserDuration, changes: true);
        // Without the caller's token: other requests may be waiting on the same fetch.
        var user = await cache.GetOrSetAsync<User>(prefix + "user:" + userId, async (_, _) =>
        {
            fetched = true;
            return await fetch(CancellationToken.None).ConfigureAwait(false);
        }, options, CancellationToken.None).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        ClerkTelemetry.CacheLookup("user", hit: !fetched);
        return user;
    }

    /// <summary>Drops a user everywhere: it was changed through the Backend API, or a webhook said so.</summary>
    public ValueTask ForgetUserAsync(string userId) => CachesUsers
        ? cache.RemoveAsync(prefix + "user:" + userId, Entry(settings.UserDuration, changes: true))
        : ValueTask.CompletedTask;

    ValueTask IUserChanges.UserChangedAsync(string userId) => ForgetUserAsync(userId);

    /// <summary>A JWT-template token, kept until <paramref name="refreshMargin"/> before its <c>exp</c>.</summary>
    public async Task<string> GetTemplateTokenAsync(
        string sessionId, string template, int? expiresInSeconds, Func<CancellationToken, Task<string>> mint, TimeSpan refreshMargin, CancellationToken cancellationToken)
    {
        var minted = false;
        var key = $"{prefix}tpl:{sessionId}:{expiresInSeconds}:{template}";
        var jwt = await cache.GetOrSetAsync<string>(key, async (context, _) =>
        {
            minted = true;
            var jwt = await mint(CancellationToken.None).ConfigureAwait(false);
            Keep(context.Options, JwtExpiry.Read(jwt) - refreshMargin);
            return jwt;
        }, Entry(TimeSpan.FromMinutes(1), changes: false), CancellationToken.None).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        ClerkTelemetry.CacheLookup("template_token", hit: !minted);
        return jwt;
    }

    /// <summary>
    /// A machine token's verification, kept for <see cref="ClerkCacheSettings.MachineTokenDuration"/> (opt in) or until
    /// the token expires, whichever is first. Only tokens the API vouched for are kept: a refusal is asked again.
    /// </summary>
    public async Task<MachineVerification> GetMachineIdentityAsync(
        TokenTypes type, string token, Func<CancellationToken, Task<MachineVerification>> verify, CancellationToken cancellationToken)
    {
        if (settings.MachineTokenDuration <= TimeSpan.Zero)
        {
            return await verify(cancellationToken).ConfigureAwait(false);
        }
        MachineVerification? verified = null;
        var key = $"{prefix}mt:{type}:{ClerkInstanceKey.Digest(token)}";
        var identity = await cache.GetOrSetAsync<MachineIdentity?>(key, async (context, _) =>
        {
            verified = await verify(CancellationToken.None).ConfigureAwait(false);
            var bound = time.GetUtcNow() + settings.MachineTokenDuration;
            Keep(context.Options, verified.Identity is null ? null : verified.ExpiresAt is { } at && at < bound ? at : bound);
            return verified.Identity;
        }, Entry(settings.MachineTokenDuration, changes: false), CancellationToken.None).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        ClerkTelemetry.CacheLookup("machine_token", hit: verified is null);
        return verified ?? new MachineVerification(identity, null, null);
    }

    /// <summary>Until when the fleet holds back its Backend API calls, because one of them was answered 429.</summary>
    public async ValueTask<DateTimeOffset> PausedUntilAsync()
    {
        // "Not paused" is remembered in memory only: written to the shared level, it could overwrite a pause another
        // instance has just written. A pause written elsewhere evicts it (backplane) or outlives it (1 s).
        var until = await cache.GetOrSetAsync(prefix + "pause", 0L, PauseReadOptions).ConfigureAwait(false);
        return DateTimeOffset.FromUnixTimeMilliseconds(until);
    }

    public ValueTask PauseAsync(DateTimeOffset until)
    {
        var wait = until - time.GetUtcNow();
        return wait <= TimeSpan.Zero
            ? ValueTask.CompletedTask
            : cache.SetAsync(prefix + "pause", until.ToUnixTimeMilliseconds(), Entry(wait, changes: true));
    }

    private FusionCacheEntryOptions PauseReadOptions => field ??= PauseRead();

    private FusionCacheEntryOptions PauseRead()
    {
        var options = Entry(UnsyncedMemoryBound, changes: false);
        options.SkipDistributedCacheWrite = true;
        options.SkipBackplaneNotifications = true;
        return options;
    }

    /// <summary>
    /// Entry options for <paramref name="duration"/>. An entry that <paramref name="changes"/> stays in memory at most
    /// <see cref="UnsyncedMemoryBound"/> when there is a shared level but no backplane to announce changes.
    /// </summary>
    private FusionCacheEntryOptions Entry(TimeSpan duration, bool changes)
    {
        // The factory's defaults (timeouts, no fail-safe, size 1), for this duration.
        var options = cache.DefaultEntryOptions.Duplicate(duration);
        if (changes && settings.Shared && !settings.Backplane && duration > UnsyncedMemoryBound)
        {
            options.MemoryCacheDuration = UnsyncedMemoryBound;
        }
        return options;
    }

    /// <summary>Keeps the entry until <paramref name="until"/>, or not at all when that is unknown or already past.</summary>
    private void Keep(FusionCacheEntryOptions options, DateTimeOffset? until)
    {
        var left = until - time.GetUtcNow();
        if (left is not { } duration || duration <= TimeSpan.Zero)
        {
            options.SkipMemoryCacheWrite = true;
            options.SkipDistributedCacheWrite = true;
            return;
        }
        options.Duration = duration;
        if (options.MemoryCacheDuration is { } memory && memory > duration)
        {
            options.MemoryCacheDuration = duration;
        }
    }
}

/// <summary>What the Backend API said of a machine token: who it is (or why not), and when it stops being valid.</summary>
internal sealed record MachineVerification(MachineIdentity? Identity, string? Reason, DateTimeOffset? ExpiresAt);

/// <summary>How <see cref="ClerkCache"/> keeps things: from <c>ClerkOptions</c> and what the app registered.</summary>
internal sealed record ClerkCacheSettings(TimeSpan UserDuration, TimeSpan MachineTokenDuration, bool Shared, bool Backplane);
