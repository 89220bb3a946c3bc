namespace Clerk.Verification.Keys;

/// <summary>
/// Where <see cref="JwksSigningKeys"/> gets the key set from. Verification only caches and serves keys; fetching
/// them (the secret key, retries, timeouts) is the Backend API client's job, which implements this one level up.
/// </summary>
internal interface IJwksSource
{
    /// <summary>The address the keys come from, for messages. Never holds a secret.</summary>
    Uri Endpoint { get; }

    /// <summary>
    /// Fetches the key set once, retries included. Expected failures (refused key, timeouts, malformed bodies) come
    /// back as a <see cref="JwksFetchResult"/>; it takes no cancellation because callers share one fetch.
    /// </summary>
    Task<JwksFetchResult> FetchAsync();
}
