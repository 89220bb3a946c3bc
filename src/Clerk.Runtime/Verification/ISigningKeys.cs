using System.Security.Cryptography;

namespace Clerk.Verification;

/// <summary>
/// Where verification keys come from: one PEM key (networkless, <c>JwtKey</c>) or the Backend API's JWKS.
/// </summary>
internal interface ISigningKeys
{
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

/// <summary>A key, or why none could be found.</summary>
internal readonly record struct SigningKeyLookup(RSA? Key, string? FailureReason, string? FailureMessage)
{
    public static SigningKeyLookup Found(RSA key) => new(key, null, null);

    public static SigningKeyLookup Failed(string reason, string message) => new(null, reason, message);
}
