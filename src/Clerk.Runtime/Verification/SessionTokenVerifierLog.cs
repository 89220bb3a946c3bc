using Microsoft.Extensions.Logging;

namespace Clerk.Verification;

/// <summary>
/// The verifier's log events, source-generated (no boxing, no formatting unless enabled). They carry the reason and
/// message only, never the token: a logged session token is a usable credential until it expires.
/// </summary>
internal static partial class SessionTokenVerifierLog
{
    [LoggerMessage(EventId = 1, EventName = "SessionTokenRefused", Level = LogLevel.Debug,
        Message = "Session token refused: {Reason}. {Explanation}")]
    public static partial void TokenRefused(ILogger logger, string reason, string explanation);
}
