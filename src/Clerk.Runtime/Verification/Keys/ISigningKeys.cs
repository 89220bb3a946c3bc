using System.Security.Cryptography;

namespace Clerk.Verification.Keys;

/// <summary>
/// Where verification keys come from: one PEM key (networkless, <c>JwtKey</c>) or the Backend API's JWKS.
/// </summary>
internal interface ISigningKeys
{
    /// <summary>The smallest RSA modulus any key source hands out; smaller keys are refused when imported.</summary>
    public const int MinimumKeySizeInBits = 2048;

    /// <summary>
    /// The RSA public key for <paramref name="keyId"/> (the token's <c>kid</c>; a PEM source ignores it), or a
    /// failure reason from <see cref="TokenVerificationReasons"/>. Keys are at least 2048 bits.
    /// </summary>
    ValueTask<SigningKeyLookup> FindAsync(string? keyId, CancellationToken cancellationToken);

    /// <summary>
    /// Changes whenever the key set changes (a JWKS refresh that added or removed a key), so caches of verified
    /// tokens can be cleared: a token is only as good as the key that verified it.
    /// </summary>
    int Generation { get; }
}

/// <summary>A key and the one algorithm it verifies, or why none could be found.</summary>
/// <param name="Key">The RSA public key, or null when none was found.</param>
/// <param name="FailureReason">Why not, one of <see cref="TokenVerificationReasons"/>.</param>
/// <param name="FailureMessage">Why not, for the log.</param>
/// <param name="Algorithm">
/// The JWS algorithm the key is bound to: the JWK's <c>alg</c>, and RS256 for a PEM key, as Clerk's SDKs bind them.
/// A token must be signed with exactly this algorithm, so an RS384 token never verifies against an RS256 key.
/// </param>
internal readonly record struct SigningKeyLookup(RSA? Key, string? FailureReason, string? FailureMessage, string Algorithm = "RS256")
{
    public static SigningKeyLookup Found(RSA key, string algorithm = "RS256") => new(key, null, null, algorithm);

    public static SigningKeyLookup Failed(string reason, string message) => new(null, reason, message);
}
