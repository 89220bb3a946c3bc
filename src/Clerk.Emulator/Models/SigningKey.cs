namespace Clerk.Emulator.Models;

/// <summary>
/// An instance signing key: the RSA private key (PKCS#8, base64) and, once a newer key replaced it, when it stopped
/// signing. A retired key stays in the JWKS for the rotation grace period so tokens it signed keep verifying.
/// </summary>
internal sealed record SigningKey
{
    public required string Kid { get; init; }
    public required string PrivateKeyPkcs8 { get; init; }
    public long CreatedAt { get; init; }
    public long? RetiredAt { get; init; }
}
