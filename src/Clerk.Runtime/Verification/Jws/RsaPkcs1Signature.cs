using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Clerk.Verification.Jws;

/// <summary>RSASSA-PKCS1-v1_5 verification (RFC 8017 §8.2.2) for the three JWS algorithms Clerk signs with.</summary>
internal static class RsaPkcs1Signature
{
    /// <summary>The hash for a JWS <c>alg</c>, or null when the algorithm is not one we accept (exact, case-sensitive).</summary>
    public static HashAlgorithmName? HashFor(string? algorithm) => algorithm switch
    {
        "RS256" => HashAlgorithmName.SHA256,
        "RS384" => HashAlgorithmName.SHA384,
        "RS512" => HashAlgorithmName.SHA512,
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="signature"/> is a valid signature of <paramref name="data"/> by <paramref name="key"/>.
    /// Never throws for a bad signature.
    /// </summary>
    public static bool IsValid(RSA key, HashAlgorithmName hash, ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        // RFC 8017 §8.2.2 step 1: the signature is exactly as long as the modulus. Checked here rather than trusted
        // to the platform, so a signature with leading zeros stripped or added is refused everywhere alike.
        if (signature.Length != (key.KeySize + 7) / 8)
        {
            return false;
        }

        try
        {
            return key.VerifyData(data, signature, hash, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Verifies a JWS signing input given as its ASCII text (<c>header.payload</c>, exactly as received).</summary>
    public static bool IsValid(RSA key, HashAlgorithmName hash, ReadOnlySpan<char> asciiSigningInput, ReadOnlySpan<byte> signature)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(asciiSigningInput.Length);
        try
        {
            // The segments were checked to be base64url, so this is a one-to-one ASCII copy.
            var length = Encoding.ASCII.GetBytes(asciiSigningInput, buffer);
            return IsValid(key, hash, buffer.AsSpan(0, length), signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
