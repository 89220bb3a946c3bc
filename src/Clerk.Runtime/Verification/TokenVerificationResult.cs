namespace Clerk.Verification;

/// <summary>The verdict on one session token: its claims, or why it was refused.</summary>
public sealed class TokenVerificationResult
{
    private TokenVerificationResult(SessionClaims? claims, string? reason, string? message)
    {
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

    /// <summary>True when the token verified.</summary>
    public bool IsValid => Claims is not null;

    /// <summary>A valid token.</summary>
    public static TokenVerificationResult Valid(SessionClaims claims) => new(claims, null, null);

    /// <summary>A refused token.</summary>
    public static TokenVerificationResult Invalid(string reason, string message) => new(null, reason, message);
}
