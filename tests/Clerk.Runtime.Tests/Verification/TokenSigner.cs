using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>Builds compact JWS tokens for tests: header and payload dictionaries (or raw JSON) in, token out.</summary>
internal static class TokenSigner
{
    /// <summary>A session token header as Clerk writes it.</summary>
    public static Dictionary<string, object?> SessionHeader(string alg = "RS256") => new()
    {
        ["alg"] = alg,
        ["kid"] = "ins_test",
        ["typ"] = "JWT",
        ["cat"] = "cl_B7d4PD111AAA",
    };

    /// <summary>RS256/384/512 with <paramref name="key"/> (the instance key by default).</summary>
    public static string Sign(IDictionary<string, object?> header, IDictionary<string, object?> payload, RSA? key = null) =>
        SignJson(JsonSerializer.Serialize(header), JsonSerializer.Serialize(payload), key);

    /// <summary>Signs raw JSON text, for headers and payloads a serializer would never write (duplicate keys, ...).</summary>
    public static string SignJson(string headerJson, string payloadJson, RSA? key = null)
    {
        var signingInput = Encode(headerJson) + "." + Encode(payloadJson);
        // Matched as text: these headers are often deliberately broken JSON.
        var hash = headerJson.Contains("\"RS384\"") ? HashAlgorithmName.SHA384
            : headerJson.Contains("\"RS512\"") ? HashAlgorithmName.SHA512
            : HashAlgorithmName.SHA256;
        var signature = (key ?? TestRsaKeys.InstanceKey).SignData(
            Encoding.ASCII.GetBytes(signingInput), hash, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>HMAC-SHA256 keyed with <paramref name="secret"/>: the RS/HS confusion attack when the secret is our PEM.</summary>
    public static string SignHs256(IDictionary<string, object?> header, IDictionary<string, object?> payload, byte[] secret)
    {
        var signingInput = Encode(JsonSerializer.Serialize(header)) + "." + Encode(JsonSerializer.Serialize(payload));
        var mac = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>An unsigned token (<c>alg: none</c> style): header.payload. with an empty signature.</summary>
    public static string Unsigned(IDictionary<string, object?> header, IDictionary<string, object?> payload) =>
        Encode(JsonSerializer.Serialize(header)) + "." + Encode(JsonSerializer.Serialize(payload)) + ".";

    public static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
