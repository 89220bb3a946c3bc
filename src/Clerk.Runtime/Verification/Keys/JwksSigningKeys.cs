using Microsoft.Extensions.Logging;

namespace Clerk.Verification.Keys;

/// <summary>
/// Signing keys from the Backend API's JWKS (<c>GET {ApiUrl}/v1/jwks</c> with the secret key), as Clerk's SDKs
/// load them, and harder to knock over:
/// <list type="bullet">
/// <item>the key set is cached for <see cref="JwksSettings.CacheDuration"/>; a cached key is answered without
/// waiting, and once the cache has expired (but is younger than <see cref="JwksSettings.MaxStaleAge"/>) it is still
/// answered at once while a refresh runs in the background, so no request pays for the refresh;</item>
/// <item>an unknown <c>kid</c> triggers one refetch; concurrent callers share one in-flight fetch, and fetches are at
/// least <see cref="JwksSettings.MinRefetchInterval"/> apart, so a flood of random <c>kid</c>s costs the Backend
/// API at most one request per interval;</item>
/// <item>a fetch is one call through the <see cref="IJwksSource"/> (the Backend API client, with its retries and
/// timeouts); when it fails the previous keys keep serving until they are <see cref="JwksSettings.MaxStaleAge"/>
/// old.</item>
/// </list>
/// One instance per (API URL, secret key): keys are never shared across Clerk instances, since a token signed by
/// another instance must not verify here.
/// </summary>
internal sealed class JwksSigningKeys : ISigningKeys
{
    private readonly IJwksSource source;
    private readonly JwksSettings settings;
    private readonly TimeProvider time;
    private readonly ILogger<JwksSigningKeys> logger;
    private readonly Lock gate = new();

    // Read without the lock on the hot path; replaced whole, under the lock, by a successful fetch.
    private volatile JwksKeySet? current;
    private int generation;

    // Guarded by gate.
    private Task<bool>? inFlight;
    private DateTimeOffset? lastFetchEndedAt;
    private string? lastFetchFailure;

    /// <summary>Creates a key source; nothing is fetched until the first lookup.</summary>
    public JwksSigningKeys(IJwksSource source, JwksSettings settings, TimeProvider time, ILogger<JwksSigningKeys> logger)
    {
        this.source = source;
        this.settings = settings;
        this.time = time;
        this.logger = logger;
    }

    /// <inheritdoc />
    public int Generation => Volatile.Read(ref generation);

    /// <summary>
    /// Completes when the fetch in flight, if any, has been applied. Lookups that answer from a stale cache refresh
    /// in the background; tests await this instead of sleeping.
    /// </summary>
    internal Task FetchInFlight
    {
        get
        {
            lock (gate)
            {
                return inFlight ?? Task.CompletedTask;
            }
        }
    }

    /// <inheritdoc />
    public ValueTask<SigningKeyLookup> FindAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(keyId))
        {
            // Without a kid there is nothing to look up, and nothing worth a fetch.
            return ValueTask.FromResult(SigningKeyLookup.Failed(
                TokenVerificationReasons.JwkKidMismatch,
                "The token has no kid header, so no key from the JWKS can verify it."));
        }

        var keys = current;
        if (keys?.Find(keyId) is { } found)
        {
            var age = time.GetUtcNow() - keys.FetchedAt;
            if (age < settings.CacheDuration)
            {
                return ValueTask.FromResult(found);
            }

            if (age < settings.MaxStaleAge)
            {
                // Stale while revalidating: the key was good a moment ago, so answer now and refresh behind.
                _ = StartOrJoinFetch();
                return ValueTask.FromResult(found);
            }
        }

        return FindAfterFetchAsync(keyId, cancellationToken);
    }

    private async ValueTask<SigningKeyLookup> FindAfterFetchAsync(string keyId, CancellationToken cancellationToken)
    {
        var fetch = StartOrJoinFetch();
        var fetched = fetch is not null && await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        return Resolve(keyId, fetchFailed: fetch is not null && !fetched);
    }

    /// <summary>
    /// The fetch in flight, a new one if none is and the last ended long enough ago, or null when rate-limited.
    /// The task's result says whether the fetch succeeded; it never faults.
    /// </summary>
    private Task<bool>? StartOrJoinFetch()
    {
        TaskCompletionSource<bool> completion;
        lock (gate)
        {
            if (inFlight is not null)
            {
                return inFlight;
            }

            var now = time.GetUtcNow();
            if (lastFetchEndedAt is { } ended && now - ended < settings.MinRefetchInterval)
            {
                JwksLog.RefetchRateLimited(logger, now - ended, settings.MinRefetchInterval);
                return null;
            }

            // Callers await the completion, never the fetch itself: a caller giving up must not cancel a fetch
            // others share, and continuations must not run inside the lock.
            completion = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            inFlight = completion.Task;
        }

        _ = FetchAndApplyAsync(completion);
        return completion.Task;
    }

    private async Task FetchAndApplyAsync(TaskCompletionSource<bool> completion)
    {
        JwksFetchResult result;
        try
        {
            JwksLog.Fetching(logger, source.Endpoint);
            result = await source.FetchAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The source answers every expected failure itself; this is the unexpected (a disposed HttpClient, say).
            // It must still end the fetch, or every later lookup would wait on it forever. Only the type is kept:
            // an exception's message can quote request data such as the authorization header.
            result = JwksFetchResult.Failed($"unexpected {e.GetType().Name}");
        }

        bool succeeded;
        lock (gate)
        {
            succeeded = result.KeySet is not null
                ? Apply(JwksKeyImporter.Import(result.KeySet))
                : KeepPreviousKeys(result.Failure!);
            lastFetchEndedAt = time.GetUtcNow();
            inFlight = null;
        }

        completion.SetResult(succeeded);
    }

    /// <summary>Replaces the key set; bumps <see cref="Generation"/> when the keys differ. Called under the lock.</summary>
    private bool Apply(JwksImport import)
    {
        foreach (var reason in import.UnnamedRefusals)
        {
            JwksLog.UnnamedKeyRefused(logger, reason);
        }

        foreach (var (keyId, reason) in import.Refused)
        {
            JwksLog.KeyRefused(logger, keyId, reason);
        }

        var fetched = new JwksKeySet(import, time.GetUtcNow());
        if (fetched.Count == 0)
        {
            JwksLog.NoUsableKeys(logger, source.Endpoint);
        }

        // Replaced keys are not disposed: a verification on another thread may still hold one. The GC reclaims them.
        var previous = current;
        current = fetched;
        lastFetchFailure = null;
        if (previous is null || !previous.HasSameKeysAs(fetched))
        {
            var changed = Interlocked.Increment(ref generation);
            JwksLog.KeySetChanged(logger, changed, string.Join(", ", fetched.KeyIds));
        }

        return true;
    }

    /// <summary>Records a failed fetch; the previous keys stay until they are too old. Called under the lock.</summary>
    private bool KeepPreviousKeys(string failure)
    {
        JwksLog.FetchFailed(logger, source.Endpoint, failure);
        lastFetchFailure = failure;
        var keys = current;
        var age = keys is null ? TimeSpan.MaxValue : time.GetUtcNow() - keys.FetchedAt;
        if (keys is not null && age < settings.MaxStaleAge)
        {
            JwksLog.ServingStaleKeys(logger, keys.Count, age, settings.MaxStaleAge);
        }
        else
        {
            JwksLog.NoKeysCanServe(logger, settings.MaxStaleAge);
        }

        return false;
    }

    /// <summary>The answer once any fetch this caller waited for is over.</summary>
    private SigningKeyLookup Resolve(string keyId, bool fetchFailed)
    {
        var keys = current;
        string? lastFailure;
        lock (gate)
        {
            lastFailure = lastFetchFailure;
        }

        var why = lastFailure ?? "no fetch has completed yet";
        if (keys is null)
        {
            return SigningKeyLookup.Failed(
                TokenVerificationReasons.JwkFailedToResolve,
                $"The JWKS could not be fetched from {source.Endpoint}: {why}.");
        }

        var age = time.GetUtcNow() - keys.FetchedAt;
        if (age >= settings.MaxStaleAge)
        {
            return SigningKeyLookup.Failed(
                TokenVerificationReasons.JwkFailedToResolve,
                $"The JWKS could not be refreshed from {source.Endpoint} ({why}), and the keys cached {age} ago are too old to trust.");
        }

        if (keys.Find(keyId) is { } found)
        {
            return found;
        }

        if (keys.TryGetRefusal(keyId, out var whyNot))
        {
            return SigningKeyLookup.Failed(
                TokenVerificationReasons.JwkInvalid,
                $"The JWKS key named by the token was refused: {whyNot}.");
        }

        if (fetchFailed || age >= settings.CacheDuration)
        {
            return SigningKeyLookup.Failed(
                TokenVerificationReasons.JwkFailedToResolve,
                $"No cached JWKS key matches the token's kid, and the JWKS could not be refreshed from {source.Endpoint}: {why}.");
        }

        // The kid is deliberately not echoed: it comes from an unverified token.
        return SigningKeyLookup.Failed(
            TokenVerificationReasons.JwkKidMismatch,
            "No key in the JWKS matches the token's kid. Check that the token is a Clerk session token of this instance (the secret key's).");
    }
}
