namespace Clerk.Verification;

/// <summary>
/// The signature path shared by every token the verifier sees: header rules, the key from
/// <see cref="ISigningKeys"/> (chosen by <c>kid</c> only), then RSASSA-PKCS1-v1_5 over the exact received
/// <c>header.payload</c> text. Knows nothing about claims, so standard JWS test vectors can run through it.
/// </summary>
internal static class JwsVerification
{
    /// <summary>Mirrors <see cref="ISigningKeys"/>' promise, in case a key source forgets it.</summary>
    public const int MinimumKeySizeInBits = 2048;

    /// <summary>Null when the signature is good; otherwise why not.</summary>
    public static async ValueTask<VerificationFailure?> VerifyAsync(
        CompactJws jws, ISigningKeys keys, CancellationToken cancellationToken)
    {
        if (JwsHeaderRules.Check(jws.Header) is { } headerFailure)
        {
            return headerFailure;
        }

        var lookup = await keys.FindAsync(jws.Header.KeyId, cancellationToken).ConfigureAwait(false);
        if (lookup.Key is not { } key)
        {
            return new VerificationFailure(
                lookup.FailureReason ?? TokenVerificationReasons.JwkFailedToResolve,
                lookup.FailureMessage ?? "No key to verify the token with.");
        }

        if (key.KeySize < MinimumKeySizeInBits)
        {
            return new VerificationFailure(
                TokenVerificationReasons.JwkInvalid, $"The key is {key.KeySize} bits; at least {MinimumKeySizeInBits} are required.");
        }

        // Clerk binds each key to one algorithm (RS256 for its PEM and JWKS keys); accepting RS384/RS512 with an RS256
        // key would be more lenient than Clerk, as the differential test showed.
        if (!string.Equals(jws.Header.Algorithm, lookup.Algorithm, StringComparison.Ordinal))
        {
            return new VerificationFailure(
                TokenVerificationReasons.TokenInvalidAlgorithm,
                $"The token is signed with {jws.Header.Algorithm}, but its key verifies {lookup.Algorithm} only.");
        }

        var hash = RsaPkcs1Signature.HashFor(jws.Header.Algorithm)!.Value;
        if (!RsaPkcs1Signature.IsValid(key, hash, jws.SigningInput, jws.Signature))
        {
            return new VerificationFailure(TokenVerificationReasons.TokenInvalidSignature, "The JWT signature is invalid.");
        }

        return null;
    }
}
