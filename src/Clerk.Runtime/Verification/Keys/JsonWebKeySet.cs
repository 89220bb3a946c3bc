namespace Clerk.Verification.Keys;

/// <summary>
/// A JSON Web Key Set (RFC 7517) as the Backend API's <c>GET /v1/jwks</c> returns it. One model serves both the
/// Backend API client and token verification, which sits below the client and so owns it.
/// </summary>
public sealed class JsonWebKeySet
{
    /// <summary>
    /// The keys. The member is required: a body without it is not a key set (a proxy's <c>{}</c>, say), and is
    /// refused rather than read as "no keys", which would refuse every session token.
    /// </summary>
    public required IReadOnlyList<JsonWebKey> Keys { get; init; }
}
