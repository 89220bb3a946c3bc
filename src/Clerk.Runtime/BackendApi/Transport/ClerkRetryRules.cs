using System.Net;
using Polly;
using Polly.Timeout;

namespace Clerk.BackendApi;

/// <summary>Which failed attempts are worth another one.</summary>
internal static class ClerkRetryRules
{
    /// <summary>
    /// A 429 is retried whatever the method: Clerk's rate limiter refuses before any work is done, so a POST cannot
    /// happen twice; but only when the wait it asks for is within <paramref name="maxRetryAfter"/>, otherwise the
    /// caller gets the 429 (with <see cref="ClerkApiException.RetryAfter"/>) at once rather than a long stall.
    /// A 5xx, a transport failure or an attempt timeout may come after the server acted, so only idempotent methods
    /// are retried: repeating a POST or PATCH could create or change something twice.
    /// </summary>
    public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, TimeSpan maxRetryAfter, TimeProvider time)
    {
        if (outcome.Result is { } response)
        {
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return RetryAfterHeader.Read(response, time) is not { } wait || wait <= maxRetryAfter;
            }
            var transient = (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout;
            return transient && IsIdempotent(request ?? response.RequestMessage);
        }
        return outcome.Exception is HttpRequestException or TimeoutRejectedException && IsIdempotent(request);
    }

    private static bool IsIdempotent(HttpRequestMessage? request) => request?.Method is { } method &&
        (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Options);
}
