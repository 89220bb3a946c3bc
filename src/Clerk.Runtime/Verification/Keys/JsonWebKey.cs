namespace Clerk.Verification.Keys;

/// <summary>
/// A public JSON Web Key (RFC 7517). Clerk signs session tokens with RSA keys (<c>n</c>, <c>e</c>). Every member is
/// optional, so that one odd key is skipped by verification rather than failing the whole key set.
/// </summary>
public sealed class JsonWebKey
{
    /// <summary>The key ID a token's <c>kid</c> header names.</summary>
    public string? Kid { get; init; }

    /// <summary>The algorithm, such as <c>RS256</c>.</summary>
    public string? Alg { get; init; }

    /// <summary>The use, <c>sig</c>.</summary>
    public string? Use { get; init; }

    /// <summary>The key type, such as <c>RSA</c>.</summary>
    public string? Kty { get; init; }

    /// <summary>An RSA key's modulus (base64url).</summary>
    public string? N { get; init; }

    /// <summary>An RSA key's exponent (base64url).</summary>
    public string? E { get; init; }

    /// <summary>An elliptic-curve or Ed25519 key's curve.</summary>
    public string? Crv { get; init; }

    /// <summary>An elliptic-curve or Ed25519 key's x coordinate (base64url).</summary>
    public string? X { get; init; }

    /// <summary>An elliptic-curve key's y coordinate (base64url).</summary>
    public string? Y { get; init; }
}
