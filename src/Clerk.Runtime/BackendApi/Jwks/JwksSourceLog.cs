using Microsoft.Extensions.Logging;

namespace Clerk.BackendApi;

/// <summary>What fetching the JWKS logs about the secret key: never the key itself.</summary>
internal static partial class JwksSourceLog
{
    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "The Backend API refused the secret key (HTTP {StatusCode}) when fetching the JWKS from {Endpoint}. Check that Clerk:SecretKey (CLERK_SECRET_KEY) is this instance's secret key and has not been revoked")]
    public static partial void SecretKeyRefused(ILogger logger, int statusCode, Uri endpoint);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Error, Message = "The secret key is empty or holds characters that cannot be sent in an HTTP header, so the JWKS cannot be fetched. Check Clerk:SecretKey (CLERK_SECRET_KEY) for stray whitespace or quotes")]
    public static partial void SecretKeyUnsendable(ILogger logger);
}
