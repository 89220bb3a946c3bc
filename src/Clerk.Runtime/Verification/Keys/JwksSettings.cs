using System.Text;

namespace Clerk.Verification.Keys;

/// <summary>
/// Where the JWKS comes from and how hard <see cref="JwksSigningKeys"/> tries to keep it fresh.
/// </summary>
/// <param name="ApiUrl">
/// The Backend API root, for example <c>https://api.clerk.com</c>. The JWKS is read from <c>{ApiUrl}/v1/jwks</c>;
/// see <see cref="JwksEndpoint"/> for how a trailing slash or a trailing <c>/v1</c> is handled.
/// </param>
/// <param name="SecretKey">The instance's secret key, sent as a bearer token and never logged.</param>
/// <param name="ApiVersion">
/// The <c>Clerk-API-Version</c> to send: the Backend API client's, passed in by Hosting, since verification sits
/// below the client and must not depend on it.
/// </param>
internal sealed record JwksSettings(Uri ApiUrl, string SecretKey, string ApiVersion)
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

    /// <summary>Attempts per fetch, including the first; transient failures (5xx, 429, timeouts, transport errors) are retried.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The wait before the first retry; each further retry waits twice as long.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long one HTTP attempt may take, headers and body, before it is abandoned.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The JWKS address. The rule: trailing slashes on <see cref="ApiUrl"/> are ignored, and <c>/v1</c> is appended
    /// unless the path already ends in <c>/v1</c> (the Backend API spec lists its server as
    /// <c>https://api.clerk.com/v1</c>, so both spellings people copy work); then <c>/jwks</c>. A path prefix (a proxy
    /// mounted under <c>/clerk</c>) is kept.
    /// </summary>
    public Uri JwksEndpoint
    {
        get
        {
            var root = ApiUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
            var versioned = root.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) ? root : root + "/v1";
            return new Uri(versioned + "/jwks", UriKind.Absolute);
        }
    }

    /// <summary>
    /// What the record's <c>ToString</c> prints: everything but the secret key, since settings end up in logs,
    /// exception messages and debugger views.
    /// </summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append($"ApiUrl = {ApiUrl}, SecretKey = (redacted), ApiVersion = {ApiVersion}, CacheDuration = {CacheDuration}, ");
        builder.Append($"MinRefetchInterval = {MinRefetchInterval}, MaxStaleAge = {MaxStaleAge}, MaxAttempts = {MaxAttempts}, ");
        builder.Append($"RetryBaseDelay = {RetryBaseDelay}, AttemptTimeout = {AttemptTimeout}");
        return true;
    }
}
