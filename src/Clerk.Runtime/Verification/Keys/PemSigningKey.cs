using System.Security.Cryptography;
using Clerk.Verification.Jws;

namespace Clerk.Verification.Keys;

/// <summary>
/// The networkless key source: the instance's PEM public key (<c>CLERK_JWT_KEY</c>). It answers every <c>kid</c>,
/// as Clerk's SDKs do with a PEM key, and never changes.
/// </summary>
internal sealed class PemSigningKey : ISigningKeys, IDisposable
{
    private readonly RSA key;

    /// <summary>Imports <paramref name="pem"/>, refusing anything but an RSA public key of at least 2048 bits.</summary>
    /// <param name="pem">
    /// A PEM public key (<c>-----BEGIN PUBLIC KEY-----</c>). Literal <c>\n</c> escapes, as environment variables and
    /// .env files often carry them, are turned into line breaks first.
    /// </param>
    /// <exception cref="ArgumentException">The text is not an RSA public key, or the key is under 2048 bits.</exception>
    public PemSigningKey(string pem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pem);
        var text = pem.Replace("\\n", "\n", StringComparison.Ordinal);

        // Only public keys: a private key here is a leaked secret in configuration, better refused loudly.
        if (!PemEncoding.TryFind(text, out var fields) || text[fields.Label] is not ("PUBLIC KEY" or "RSA PUBLIC KEY"))
        {
            throw new ArgumentException("The JWT key is not a PEM-encoded public key (-----BEGIN PUBLIC KEY-----).", nameof(pem));
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(text[fields.Location]);
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new ArgumentException("The JWT key is not a PEM-encoded RSA public key (-----BEGIN PUBLIC KEY-----).", nameof(pem), e);
        }

        if (rsa.KeySize < ISigningKeys.MinimumKeySizeInBits)
        {
            var bits = rsa.KeySize;
            rsa.Dispose();
            throw new ArgumentException(
                $"The JWT key is a {bits}-bit RSA key; keys under {ISigningKeys.MinimumKeySizeInBits} bits are refused.", nameof(pem));
        }

        key = rsa;
    }

    /// <inheritdoc />
    public int Generation => 0;

    /// <inheritdoc />
    public ValueTask<SigningKeyLookup> FindAsync(string? keyId, CancellationToken cancellationToken) =>
        new(SigningKeyLookup.Found(key));

    /// <inheritdoc />
    public void Dispose() => key.Dispose();
}
