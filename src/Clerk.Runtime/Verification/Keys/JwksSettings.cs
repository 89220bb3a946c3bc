namespace Clerk.Verification.Keys;

/// <summary>
/// How long <see cref="JwksSigningKeys"/> trusts a fetched key set and how often it may ask again. How one fetch is
/// made (retries, timeouts) is the Backend API client's setting, not these.
/// </summary>
internal sealed record JwksSettings
{
    /// <summary>How long a fetched key set is used without asking the Backend API again (Clerk's SDKs: 5 minutes).</summary>
    public TimeSpan CacheDuration { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The shortest gap between the end of one fetch and the start of the next, whatever asks for it (an unknown
    /// <c>kid</c>, an expired cache, a retry after an outage). It bounds the traffic a flood of tokens with random
    /// <c>kid</c>s, or an outage, can cause: at most one fetch per interval per instance.
    /// </summary>
    public TimeSpan MinRefetchInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long keys keep serving after their last successful fetch while the Backend API cannot be reached.
    /// Past this age a key is no longer trusted: it may have been rotated out long ago.
    /// </summary>
    public TimeSpan MaxStaleAge { get; init; } = TimeSpan.FromHours(1);
}
