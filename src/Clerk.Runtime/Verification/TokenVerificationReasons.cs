namespace Clerk.Verification;

/// <summary>
/// Why a token was refused, with the reason names Clerk's own SDKs use (<c>@clerk/backend</c>'s
/// <c>TokenVerificationErrorReason</c>), so logs read the same across stacks.
/// </summary>
public static class TokenVerificationReasons
{
    /// <summary>Not three base64url segments of JSON objects, or otherwise malformed.</summary>
    public const string TokenInvalid = "token-invalid";
    /// <summary>The header's <c>alg</c> is not RS256, RS384 or RS512.</summary>
    public const string TokenInvalidAlgorithm = "token-invalid-algorithm";
    /// <summary>The signature does not verify with the key.</summary>
    public const string TokenInvalidSignature = "token-invalid-signature";
    /// <summary><c>exp</c> is in the past (beyond the clock skew).</summary>
    public const string TokenExpired = "token-expired";
    /// <summary><c>nbf</c> is in the future (beyond the clock skew).</summary>
    public const string TokenNotActiveYet = "token-not-active-yet";
    /// <summary><c>iat</c> is in the future (beyond the clock skew).</summary>
    public const string TokenIatInTheFuture = "token-iat-in-the-future";
    /// <summary><c>azp</c> is missing or not one of the configured authorized parties.</summary>
    public const string TokenInvalidAuthorizedParties = "token-invalid-authorized-parties";
    /// <summary>
    /// A signed token whose registered claims have the wrong shape (<c>sub</c> not a string, <c>exp</c> missing or
    /// not a number, <c>nbf</c>/<c>iat</c> not numbers); Clerk's SDKs use this reason for the same cases.
    /// </summary>
    public const string TokenVerificationFailed = "token-verification-failed";
    /// <summary>A JWT-template or machine token used where a session token is expected (the <c>cat</c> header).</summary>
    public const string TokenTypeMismatch = "token-type-mismatch";
    /// <summary>No key with the token's <c>kid</c>, even after refreshing the JWKS.</summary>
    public const string JwkKidMismatch = "jwk-kid-mismatch";
    /// <summary>The JWKS could not be fetched and no cached key can serve.</summary>
    public const string JwkFailedToResolve = "jwk-failed-to-resolve";
    /// <summary>A key was refused (for example an RSA key under 2048 bits).</summary>
    public const string JwkInvalid = "jwk-failed-to-load";
}
