using Polly.Timeout;

namespace Clerk.BackendApi;

/// <summary>
/// What a caller sees when no response came: the exception as it is (an <see cref="HttpRequestException"/>, a
/// cancellation, a missing secret key), except Polly's timeout, which becomes a <see cref="TimeoutException"/> so
/// callers need not know the resilience library.
/// </summary>
internal static class ClerkTransportExceptions
{
    public static Exception Surface(HttpRequestMessage request, Exception exception, CancellationToken cancellationToken) => exception switch
    {
        TimeoutRejectedException timeout => new TimeoutException(
            $"Clerk's Backend API did not answer {request.Method} {request.RequestUri?.AbsolutePath} in time ({timeout.Timeout}).", timeout),
        _ => exception,
    };
}
