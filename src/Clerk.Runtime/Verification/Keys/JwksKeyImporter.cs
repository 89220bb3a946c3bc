using System.Buffers.Text;
using System.Security.Cryptography;
using Clerk.Verification.Jws;

namespace Clerk.Verification.Keys;

/// <summary>
/// Turns a parsed key set into RSA keys, refusing every key that a session token must not be verified with.
/// Never throws: a key it cannot use is reported as refused, with the reason.
/// </summary>
internal static class JwksKeyImporter
{
    /// <summary>No Clerk key is this large; a larger one would only make every verification slower.</summary>
    public const int MaximumKeySizeInBits = 16384;

    /// <summary>The usable keys by <c>kid</c>, and the <c>kid</c>s of refused keys with why.</summary>
    public static JwksImport Import(JsonWebKeySet keySet)
    {
        var keys = new Dictionary<string, RSA>(StringComparer.Ordinal);
        var algorithms = new Dictionary<string, string>(StringComparer.Ordinal);
        var refused = new Dictionary<string, string>(StringComparer.Ordinal);
        var anonymousRefusals = new List<string>();

        // Keys is null when the body said "keys": null; an entry is null for a JSON null in the array.
        foreach (var jwk in keySet.Keys ?? [])
        {
            if (jwk is null || string.IsNullOrEmpty(jwk.Kid))
            {
                anonymousRefusals.Add("a key without a kid");
                continue;
            }

            if (keys.ContainsKey(jwk.Kid) || refused.ContainsKey(jwk.Kid))
            {
                // Two keys under one kid: keep the first, as a token can name only one of them.
                anonymousRefusals.Add($"a second key with kid '{jwk.Kid}'");
                continue;
            }

            if (TryCreateKey(jwk, out var key, out var whyNot))
            {
                keys.Add(jwk.Kid, key);
                algorithms.Add(jwk.Kid, jwk.Alg ?? "RS256");
            }
            else
            {
                refused.Add(jwk.Kid, whyNot);
            }
        }

        return new JwksImport(keys, algorithms, refused, anonymousRefusals);
    }

    private static bool TryCreateKey(JsonWebKey jwk, out RSA key, out string whyNot)
    {
        key = null!;
        if (!string.Equals(jwk.Kty, "RSA", StringComparison.Ordinal))
        {
            whyNot = $"key type '{jwk.Kty}' is not RSA";
            return false;
        }

        // `use` and `alg` are optional in RFC 7517; when present they must allow RSA signatures.
        if (jwk.Use is not null && !string.Equals(jwk.Use, "sig", StringComparison.Ordinal))
        {
            whyNot = $"use '{jwk.Use}' is not 'sig'";
            return false;
        }

        if (jwk.Alg is not null && jwk.Alg is not ("RS256" or "RS384" or "RS512"))
        {
            whyNot = $"alg '{jwk.Alg}' is not RS256, RS384 or RS512";
            return false;
        }

        if (!TryDecodeBase64Url(jwk.N, out var modulus) || !TryDecodeBase64Url(jwk.E, out var exponent))
        {
            whyNot = "n or e is missing or not base64url";
            return false;
        }

        modulus = modulus.AsSpan().TrimStart((byte)0).ToArray();
        exponent = exponent.AsSpan().TrimStart((byte)0).ToArray();
        var bits = BitLength(modulus);
        if (bits < ISigningKeys.MinimumKeySizeInBits || bits > MaximumKeySizeInBits)
        {
            whyNot = $"{bits}-bit modulus is outside {ISigningKeys.MinimumKeySizeInBits}..{MaximumKeySizeInBits} bits";
            return false;
        }

        // An even or tiny public exponent is not a usable RSA key; a huge one is a denial-of-service vector.
        if (exponent.Length is 0 or > 8 || (exponent[^1] & 1) == 0 || (exponent.Length == 1 && exponent[0] < 3))
        {
            whyNot = "public exponent is not an odd number of at least 3 and at most 64 bits";
            return false;
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportParameters(new RSAParameters { Modulus = modulus, Exponent = exponent });
        }
        catch (CryptographicException e)
        {
            rsa.Dispose();
            whyNot = $"the platform refused the key: {e.Message}";
            return false;
        }

        key = rsa;
        whyNot = "";
        return true;
    }

    private static bool TryDecodeBase64Url(string? text, out byte[] bytes)
    {
        bytes = [];
        if (string.IsNullOrEmpty(text) || !Base64Url.IsValid(text))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(text);
        return bytes.Length > 0;
    }

    private static int BitLength(byte[] bigEndianWithoutLeadingZeros) =>
        bigEndianWithoutLeadingZeros.Length == 0
            ? 0
            : (bigEndianWithoutLeadingZeros.Length - 1) * 8 + (32 - int.LeadingZeroCount(bigEndianWithoutLeadingZeros[0]));
}

/// <summary>What <see cref="JwksKeyImporter"/> made of a document.</summary>
/// <param name="Keys">Usable keys by <c>kid</c>.</param>
/// <param name="Algorithms">The algorithm each usable key verifies (its <c>alg</c>, RS256 when absent), by <c>kid</c>.</param>
/// <param name="Refused">Refused keys: <c>kid</c> → why, so a token naming one gets a precise reason.</param>
/// <param name="UnnamedRefusals">Entries refused before a <c>kid</c> could name them (missing or duplicate <c>kid</c>).</param>
internal sealed record JwksImport(
    IReadOnlyDictionary<string, RSA> Keys,
    IReadOnlyDictionary<string, string> Algorithms,
    IReadOnlyDictionary<string, string> Refused,
    IReadOnlyList<string> UnnamedRefusals);
