namespace Clerk.BackendApi;

/// <summary>
/// What the Backend API client needs to know, and nothing else: where the API is, the key it sends, how long a call
/// may take and how often it is retried. Hosting sets every member from <c>ClerkOptions</c>, which owns the defaults
/// (so they are written once); the client never reads <c>ClerkOptions</c> itself.
/// </summary>
internal sealed class BackendApiSettings
{
    /// <summary>The Backend API version we implement, sent on every request (DESIGN.md §5). The only place it is written.</summary>
    public const string ApiVersion = "2026-05-12";

    /// <summary>The Backend API root; requests go to <c>{ApiUrl}/v1/...</c>.</summary>
    public string ApiUrl { get; set; } = "";

    /// <summary>The instance's secret key, sent as a bearer token and never logged. Null: no call can be made.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The longest a call may take in all, retries and <c>Retry-After</c> waits included.</summary>
    public TimeSpan Timeout { get; set; }

    /// <summary>The longest one attempt may take before it is abandoned (and, when safe, retried).</summary>
    public TimeSpan AttemptTimeout { get; set; }

    /// <summary>How many times a failed call is tried again.</summary>
    public int MaxRetries { get; set; }

    /// <summary>The first wait before a retry when Clerk gave no <c>Retry-After</c>; it doubles (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; }

    /// <summary>The longest <c>Retry-After</c> wait that is honoured on a 429; a longer one fails the call at once.</summary>
    public TimeSpan MaxRetryAfter { get; set; }
}
