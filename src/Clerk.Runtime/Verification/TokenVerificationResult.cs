using Clerk.Verification.Claims;

namespace Clerk.Verification;

/// <summary>The verdict on one session token: its claims, or why it was refused.</summary>
public sealed class TokenVerificationResult
{
    private TokenVerificationResult(SessionClaims? claims, string? reason, string? message, string? token = null)
    {
        VerifiedToken = token;
        Claims = claims;
        Reason = reason;
        Message = message;
    }

    /// <summary>The verified claims; null when the token was refused.</summary>
    public SessionClaims? Claims { get; }

    /// <summary>One of <see cref="TokenVerificationReasons"/> when refused; null when valid.</summary>
    public string? Reason { get; }

    /// <summary>A human-readable explanation (never contains the token).</summary>
    public string? Message { get; }

    /// <summary>
    /// The text of the token that verified (null when refused): a cache hit looked up from a slice of a request header
    /// hands the request the cached string instead of copying the header's.
    /// </summary>
    internal string? VerifiedToken { get; }

    /// <summary>True when the token verified.</summary>
    public bool IsValid => Claims is not null;

    /// <summary>A valid token.</summary>
    public static TokenVerificationResult Valid(SessionClaims claims) => new(claims, null, null);

    /// <summary>A valid token, remembering its text.</summary>
    internal static TokenVerificationResult Valid(string token, SessionClaims claims) => new(claims, null, null, token);

    /// <summary>A refused token.</summary>
    public static TokenVerificationResult Invalid(string reason, string message) => new(null, reason, message);
}
