namespace Clerk.Hosting;

/// <summary>
/// Clerk's settings: the <c>Clerk</c> configuration section, overridden by the <c>CLERK_*</c> environment variables
/// Clerk's other SDKs read (<c>CLERK_SECRET_KEY</c>, <c>CLERK_PUBLISHABLE_KEY</c>, <c>CLERK_JWT_KEY</c>,
/// <c>CLERK_API_URL</c>, <c>CLERK_AUTHORIZED_PARTIES</c>, <c>CLERK_SIGN_IN_URL</c>, <c>CLERK_WEBHOOK_SIGNING_SECRET</c>).
/// </summary>
public sealed class ClerkOptions
{
    /// <summary>The configuration section: <c>Clerk</c>.</summary>
    public const string SectionName = "Clerk";

    /// <summary>The instance's secret key (<c>sk_...</c>): the Backend API and JWKS verification.</summary>
    public string? SecretKey { get; set; }

    /// <summary>The instance's publishable key (<c>pk_...</c>): the cookie suffix and the sign-in URL.</summary>
    public string? PublishableKey { get; set; }

    /// <summary>The webhook endpoint's signing secret (<c>whsec_...</c>), for <see cref="ClerkWebhookEvent"/> handlers.</summary>
    public string? WebhookSigningSecret { get; set; }

    /// <summary>The instance's PEM public key, for networkless verification (no JWKS fetch).</summary>
    public string? JwtKey { get; set; }

    /// <summary>The Backend API's base URL; requests go to <c>{ApiUrl}/v1/...</c>.</summary>
    public string ApiUrl { get; set; } = "https://api.clerk.com";

    /// <summary>
    /// Origins allowed in a token's <c>azp</c> claim (for example <c>https://example.com</c>). When set, a token
    /// without <c>azp</c> is refused too. Recommended in production: it stops tokens minted for other sites.
    /// </summary>
    public IList<string> AuthorizedParties { get; set; } = [];

    /// <summary>Where signed-out browser navigations to protected routes are sent; derived from the publishable key when unset.</summary>
    public string? SignInUrl { get; set; }

    /// <summary>Tolerance for clock differences when checking <c>exp</c>, <c>nbf</c> and <c>iat</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest a Backend API call may take in all, retries and <c>Retry-After</c> waits included; past it the
    /// call fails with a <see cref="TimeoutException"/>. Default 30 s.
    /// </summary>
    public TimeSpan BackendApiTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest one attempt of a Backend API call may take before it is abandoned (and, when safe, retried). Default 10 s.</summary>
    public TimeSpan BackendApiAttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many times a failed Backend API call is tried again (0 to 10; default 3). A 429 is retried for any
    /// method; a 5xx, a dropped connection or an attempt timeout only for GET, HEAD, PUT and DELETE.
    /// </summary>
    public int BackendApiMaxRetries { get; set; } = 3;

    /// <summary>The first wait before a retry when Clerk gave no <c>Retry-After</c>; it doubles (with jitter) each time. Default 0.5 s.</summary>
    public TimeSpan BackendApiRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// The longest <c>Retry-After</c> wait that is honoured on a 429. A longer one is not waited out: the call fails at
    /// once with a <see cref="BackendApi.ClerkApiException"/> whose <c>RetryAfter</c> says how long. Default 10 s
    /// (Clerk's rate-limit window).
    /// </summary>
    public TimeSpan BackendApiMaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long <see cref="Auth.CurrentUserAsync"/> may serve a user without asking the Backend API again. Off by
    /// default (<see cref="TimeSpan.Zero"/>): every request that asks fetches the user, at most once. When set, users
    /// are kept in memory and, with a distributed cache registered (<c>AddStackExchangeRedisCache</c>), shared by every
    /// instance; a change made through <see cref="BackendApi.ClerkClient"/> or reported by a <c>user.updated</c> or
    /// <c>user.deleted</c> webhook evicts the user everywhere within a second.
    /// </summary>
    public TimeSpan UserCacheDuration { get; set; }

    /// <summary>
    /// How long a verified API key, M2M token or OAuth token is trusted without asking the Backend API again (never past
    /// its own expiry). Off by default (<see cref="TimeSpan.Zero"/>): a revoked token stops working on the next
    /// request. When set, a revocation takes up to this long to be seen; tokens are shared like users are.
    /// </summary>
    public TimeSpan MachineTokenCacheDuration { get; set; }

    /// <summary>
    /// The most Backend API requests the whole fleet sends per 10 s window (Clerk's), counted in Redis when the app's
    /// distributed cache is Redis, else per instance; past it a call waits for the next window instead of spending
    /// Clerk's limit (1,000 per 10 s in production, 100 in development). Off by default (0). Redis failing never
    /// stops a call: the budget is then not counted until it is back.
    /// </summary>
    public int BackendApiRequestBudget { get; set; }
}
