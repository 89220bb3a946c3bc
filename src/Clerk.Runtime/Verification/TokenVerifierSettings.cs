namespace Clerk.Verification;

/// <summary>How strictly <see cref="SessionTokenVerifier"/> judges a token and how much it remembers.</summary>
internal sealed record TokenVerifierSettings
{
    /// <summary>Tolerated clock difference for <c>exp</c>, <c>nbf</c> and <c>iat</c> (Clerk's SDKs: 5 seconds).</summary>
    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Origins a token's <c>azp</c> must be one of; empty means <c>azp</c> is not checked.</summary>
    public IReadOnlyList<string> AuthorizedParties { get; init; } = [];

    /// <summary>At most this many verified tokens are remembered.</summary>
    public int CacheCapacity { get; init; } = 10_000;

    /// <summary>
    /// Longer tokens are refused before any decoding: Clerk session tokens are around 1 KiB, and a bound keeps both
    /// the work per request and the cache's memory small.
    /// </summary>
    public int MaxTokenLength { get; init; } = 8 * 1024;
}
