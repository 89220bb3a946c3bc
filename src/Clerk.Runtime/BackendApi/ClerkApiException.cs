using System.Net;

namespace Clerk.BackendApi;

/// <summary>
/// The Backend API answered with a status outside 2xx. A body that is not Clerk's JSON error shape still gives the
/// status, with no <see cref="Errors"/>.
/// </summary>
public sealed class ClerkApiException : Exception
{
    /// <summary>Creates the exception for a response with <paramref name="statusCode"/>.</summary>
    public ClerkApiException(HttpStatusCode statusCode, IReadOnlyList<ClerkApiError> errors, string? clerkTraceId = null, TimeSpan? retryAfter = null)
        : base(Describe(statusCode, errors, clerkTraceId))
    {
        StatusCode = statusCode;
        Errors = errors;
        ClerkTraceId = clerkTraceId;
        RetryAfter = retryAfter;
    }

    /// <summary>The response's status code.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The errors Clerk listed (empty when the body was not Clerk's JSON error shape).</summary>
    public IReadOnlyList<ClerkApiError> Errors { get; }

    /// <summary>Clerk's trace ID for the request: quote it to Clerk support.</summary>
    public string? ClerkTraceId { get; }

    /// <summary>How long Clerk asked to wait before trying again (<c>Retry-After</c>), typically on 429.</summary>
    public TimeSpan? RetryAfter { get; }

    private static string Describe(HttpStatusCode statusCode, IReadOnlyList<ClerkApiError> errors, string? clerkTraceId)
    {
        var first = errors.Count > 0 ? errors[0] : null;
        var detail = first is null ? "" : $": {first.Code}: {first.LongMessage ?? first.Message}";
        var trace = clerkTraceId is null ? "" : $" (Clerk trace ID {clerkTraceId})";
        return $"Clerk's Backend API answered {(int)statusCode} {statusCode}{detail}{trace}";
    }
}
