namespace Clerk.Verification;

/// <summary>
/// Why one verification step refused a token: a reason from <see cref="TokenVerificationReasons"/> and a message
/// for logs. Steps return it instead of throwing, so a malformed token costs no exception.
/// </summary>
internal readonly record struct VerificationFailure(string Reason, string Message)
{
    public static VerificationFailure Invalid(string message) => new(TokenVerificationReasons.TokenInvalid, message);

    public TokenVerificationResult ToResult() => TokenVerificationResult.Invalid(Reason, Message);
}
