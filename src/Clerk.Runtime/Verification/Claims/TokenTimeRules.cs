namespace Clerk.Verification.Claims;

/// <summary>
/// <c>exp</c>, <c>nbf</c> and <c>iat</c> against the clock with the skew, exactly as Clerk compares them. Runs on
/// every request, cached token or not: a cached verdict is only as fresh as the clock it is checked against.
/// </summary>
internal static class TokenTimeRules
{
    public static VerificationFailure? Check(SessionClaims claims, DateTimeOffset now, TimeSpan skew)
    {
        if (claims.ExpiresAt <= now - skew)
        {
            return new VerificationFailure(TokenVerificationReasons.TokenExpired, "The JWT is expired.");
        }

        if (claims.NotBefore is { } notBefore && notBefore > now + skew)
        {
            return new VerificationFailure(
                TokenVerificationReasons.TokenNotActiveYet, "The JWT cannot be used before its nbf date.");
        }

        if (claims.IssuedAt is { } issuedAt && issuedAt > now + skew)
        {
            return new VerificationFailure(
                TokenVerificationReasons.TokenIatInTheFuture, "The JWT's iat date is in the future.");
        }

        return null;
    }
}
