using Clerk.Verification.Jws;
using Clerk.Verification.Keys;

namespace Clerk.Verification;

/// <summary>
/// The signature path shared by every token the verifier sees: header rules, the key from
/// <see cref="ISigningKeys"/> (chosen by <c>kid</c> only), then RSASSA-PKCS1-v1_5 over the exact received
/// <c>header.payload</c> text. Knows nothing about claims, so standard JWS test vectors can run through it.
/// </summary>
internal static class JwsVerification
{
    /// <summary>Checked again here, in case a key source forgets <see cref="ISigningKeys"/>' promise.</summary>
    private const int MinimumKeySizeInBits = ISigningKeys.MinimumKeySizeInBits;

    /// <summary>Null when the signature is good; otherwise why not.</summary>
    /// <remarks>
    /// Completes synchronously when the key source answers synchronously (a PEM key, a cached JWKS): the common case
    /// then costs no async machinery.
    /// </remarks>
    public static ValueTask<VerificationFailure?> VerifyAsync(
        CompactJws jws, ISigningKeys keys, CancellationToken cancellationToken)
    {
        if (JwsHeaderRules.Check(jws.Header) is { } headerFailure)
        {
            return new(headerFailure);
        }

        var lookup = keys.FindAsync(jws.Header.KeyId, cancellationToken);
        return lookup.IsCompletedSuccessfully ? new(Verify(jws, lookup.Result)) : VerifyWhenFoundAsync(jws, lookup);

        static async ValueTask<VerificationFailure?> VerifyWhenFoundAsync(CompactJws jws, ValueTask<SigningKeyLookup> lookup) =>
            Verify(jws, await lookup.ConfigureAwait(false));
    }

    private static VerificationFailure? Verify(CompactJws jws, SigningKeyLookup lookup)
    {
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
