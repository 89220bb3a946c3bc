using System.Net;
using Clerk.BackendApi;
using Clerk.Diagnostics;

namespace Clerk.Caching;

/// <summary>
/// Clerk's rate limit belongs to the secret key, so the whole fleet shares it: when one attempt is answered 429 with
/// <c>Retry-After</c>, the pause is written to <see cref="ClerkCache"/> (shared with every instance when there is a
/// shared level), and until it ends no instance sends: each attempt is answered at once with the 429 Clerk would give,
/// and the retry policy waits it out (or hands it to the caller) exactly as for Clerk's own.
/// </summary>
internal sealed class FleetBackoffHandler(ClerkCache cache, TimeProvider time) : DelegatingHandler
{
    /// <summary>
    /// The longest pause one answer can impose on the fleet: Clerk's windows are 10 s, and a proxy that answers
    /// <c>Retry-After: 86400</c> must not silence every instance for a day.
    /// </summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromMinutes(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var wait = await cache.PausedUntilAsync().ConfigureAwait(false) - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            ClerkTelemetry.RateLimited.Add(1, new KeyValuePair<string, object?>("clerk.source", "fleet"));
            return HeldBack.Response(request, wait,
                "Clerk's rate limit was reached by another request of this app; it is being waited out before calling again.");
        }
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests && RetryAfterHeader.Read(response, time) is { } retryAfter && retryAfter > TimeSpan.Zero)
        {
            await cache.PauseAsync(time.GetUtcNow() + (retryAfter < MaxPause ? retryAfter : MaxPause)).ConfigureAwait(false);
        }
        return response;
    }
}
