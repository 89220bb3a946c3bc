using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>An RSA key pair under a <c>kid</c>, and its public JWK.</summary>
public sealed class TestKey(string kid, RSA rsa)
{
    public string Kid { get; } = kid;

    public RSA Rsa { get; } = rsa;

    /// <summary>The public JWK as Clerk's Backend API writes it.</summary>
    public Dictionary<string, object?> Jwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        return new()
        {
            ["kid"] = Kid,
            ["kty"] = "RSA",
            ["alg"] = "RS256",
            ["use"] = "sig",
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
    }

    /// <summary>True when <paramref name="found"/> holds this key's public half.</summary>
    public bool Matches(RSA? found) =>
        found is not null &&
        found.ExportParameters(false).Modulus.AsSpan().SequenceEqual(Rsa.ExportParameters(false).Modulus);
}

/// <summary>Keys shared by the JWKS tests; generated once, since RSA key generation is slow.</summary>
public static class TestKeys
{
    public static TestKey A { get; } = new("ins_key_a", RSA.Create(2048));

    public static TestKey B { get; } = new("ins_key_b", RSA.Create(2048));

    public static TestKey Weak { get; } = new("ins_key_weak", RSA.Create(1024));

    /// <summary>A second key under <see cref="A"/>'s kid: the same name, different material.</summary>
    public static TestKey AReplaced { get; } = new(A.Kid, RSA.Create(2048));

    /// <summary>A JWKS document holding these keys.</summary>
    public static string Document(params TestKey[] keys) => RawDocument(keys.Select(key => (object)key.Jwk()).ToArray());

    /// <summary>A JWKS document holding these raw JWK objects.</summary>
    public static string RawDocument(params object[] jwks) => JsonSerializer.Serialize(new Dictionary<string, object> { ["keys"] = jwks });
}
