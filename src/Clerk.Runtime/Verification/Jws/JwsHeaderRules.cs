namespace Clerk.Verification.Jws;

/// <summary>
/// The header checks of DESIGN.md §6 step 2, in order: algorithm, type, category, then critical extensions. They
/// run before any key is looked up, so a token we would refuse anyway never causes a JWKS fetch.
/// </summary>
internal static class JwsHeaderRules
{
    /// <summary>RFC 9068 access-token types: Clerk treats these as OAuth machine tokens, not session tokens.</summary>
    private static readonly string[] OAuthAccessTokenTypes = ["at+jwt", "application/at+jwt"];

    public static VerificationFailure? Check(JwsHeader header)
    {
        if (RsaPkcs1Signature.HashFor(header.Algorithm) is null)
        {
            // Exact, case-sensitive match: "none", "None", "NONE", HS256 (an HMAC keyed with our public key) and
            // every other name are refused before a key is even looked at.
            return new VerificationFailure(
                TokenVerificationReasons.TokenInvalidAlgorithm,
                "The alg header is not RS256, RS384 or RS512.");
        }

        if (header.Type is { } type && OAuthAccessTokenTypes.Contains(type, StringComparer.Ordinal))
        {
            return new VerificationFailure(
                TokenVerificationReasons.TokenTypeMismatch,
                "An OAuth access token (typ at+jwt) is not a session token.");
        }

        if (header.Type is not (null or "JWT"))
        {
            return VerificationFailure.Invalid("The typ header, when present, must be JWT.");
        }

        if (JwtCategories.IsNonSessionCategory(header.Category))
        {
            return new VerificationFailure(
                TokenVerificationReasons.TokenTypeMismatch,
                "The cat header marks a JWT-template or machine token, not a session token.");
        }

        if (header.HasCritical)
        {
            // Stricter than Clerk, which ignores crit: RFC 7515 §4.1.11 says a recipient MUST reject a JWS whose
            // crit lists an extension it does not understand, and we understand none (an empty crit is itself
            // invalid per the RFC). Accepting it could mean honouring a token whose issuer required semantics
            // (for example RFC 7797 unencoded payloads) that we silently skip.
            return VerificationFailure.Invalid("The crit header names extensions this verifier does not understand.");
        }

        if (header.KeyIdIsMalformed)
        {
            return VerificationFailure.Invalid("The kid header, when present, must be a string.");
        }

        return null;
    }
}
