using Microsoft.Extensions.Logging;

namespace Clerk.Verification.Keys;

/// <summary>
/// Everything the JWKS key source logs, source-generated. Messages name the endpoint, never the secret key, and
/// never a token or a <c>kid</c> taken from one (those are attacker-controlled).
/// </summary>
internal static partial class JwksLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Debug, Message = "Fetching the JWKS from {Endpoint}")]
    public static partial void Fetching(ILogger logger, Uri endpoint);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Fetching the JWKS from {Endpoint} failed: {Failure}")]
    public static partial void FetchFailed(ILogger logger, Uri endpoint, string failure);


    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "JWKS key {KeyId} refused: {Reason}")]
    public static partial void KeyRefused(ILogger logger, string keyId, string reason);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "JWKS entry refused: {Reason}")]
    public static partial void UnnamedKeyRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information, Message = "The JWKS key set changed (generation {Generation}): {KeyIds}")]
    public static partial void KeySetChanged(ILogger logger, int generation, string keyIds);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "The JWKS from {Endpoint} has no usable signing keys; every session token will be refused")]
    public static partial void NoUsableKeys(ILogger logger, Uri endpoint);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Warning, Message = "Keeping {KeyCount} JWKS keys fetched {Age} ago while the Backend API cannot be reached; they serve until they are {MaxStaleAge} old")]
    public static partial void ServingStaleKeys(ILogger logger, int keyCount, TimeSpan age, TimeSpan maxStaleAge);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Error, Message = "No JWKS keys can serve: the Backend API cannot be reached and no keys younger than {MaxStaleAge} are cached. Session tokens are refused until it answers")]
    public static partial void NoKeysCanServe(ILogger logger, TimeSpan maxStaleAge);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Debug, Message = "JWKS refetch skipped: the last fetch ended {SinceLastFetch} ago, under the minimum interval of {MinRefetchInterval}")]
    public static partial void RefetchRateLimited(ILogger logger, TimeSpan sinceLastFetch, TimeSpan minRefetchInterval);
}
