using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clerk.Tests.Jws;

/// <summary>
/// Compact JWS tokens built by hand, genuine or deliberately broken: header and payload dictionaries (or raw JSON
/// text, for what a serializer would never write) in, token out. Independent of Clerk.Runtime on purpose: the
/// verifier under test must accept what any RSASSA-PKCS1-v1_5 signer produces, not what our own code produces.
/// Compiled into each test project that links it (Clerk.Runtime.Tests, Clerk.EndToEnd.Tests).
/// </summary>
internal static class JwsTokens
{
    /// <summary>A session token header as Clerk writes it (<c>cat</c> <c>cl_B7d4PD111AAA</c>: session token).</summary>
    public static Dictionary<string, object?> SessionHeader(string alg = "RS256") => new()
    {
        ["alg"] = alg,
        ["kid"] = "ins_test",
        ["typ"] = "JWT",
        ["cat"] = "cl_B7d4PD111AAA",
    };

    /// <summary>Clerk v2 session claims for <paramref name="userId"/>, issued now for <paramref name="authorizedParty"/>.</summary>
    public static Dictionary<string, object?> SessionPayload(string userId, string authorizedParty)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new()
        {
            ["sub"] = userId,
            ["sid"] = "sess_e2e_1",
            ["sts"] = "active",
            ["v"] = 2,
            ["azp"] = authorizedParty,
            ["iss"] = "https://clerk.example.com",
            ["iat"] = now - 10,
            ["nbf"] = now - 10,
            ["exp"] = now + 300,
        };
    }

    /// <summary>RS256/384/512 (as the header's <c>alg</c> names) with <paramref name="key"/>.</summary>
    public static string Sign(IDictionary<string, object?> header, IDictionary<string, object?> payload, RSA key) =>
        SignJson(JsonSerializer.Serialize(header), JsonSerializer.Serialize(payload), key);

    /// <summary>Signs raw JSON text, for headers and payloads a serializer would never write (duplicate keys, ...).</summary>
    public static string SignJson(string headerJson, string payloadJson, RSA key)
    {
        var signingInput = Encode(headerJson) + "." + Encode(payloadJson);
        // Matched as text: these headers are often deliberately odd JSON.
        var hash = headerJson.Contains("\"RS384\"") ? HashAlgorithmName.SHA384
            : headerJson.Contains("\"RS512\"") ? HashAlgorithmName.SHA512
            : HashAlgorithmName.SHA256;
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), hash, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    /// <summary>HMAC-SHA256 keyed with <paramref name="secret"/>: the RS/HS confusion attack when the secret is the PEM.</summary>
    public static string SignHs256(IDictionary<string, object?> header, IDictionary<string, object?> payload, byte[] secret)
    {
        var signingInput = Encode(JsonSerializer.Serialize(header)) + "." + Encode(JsonSerializer.Serialize(payload));
        var mac = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(mac);
    }

    /// <summary>An unsigned token (<c>alg: none</c> style): header.payload. with an empty signature.</summary>
    public static string Unsigned(IDictionary<string, object?> header, IDictionary<string, object?> payload) =>
        Encode(JsonSerializer.Serialize(header)) + "." + Encode(JsonSerializer.Serialize(payload)) + ".";

    /// <summary>An RSA public key as a JWK, for the embedded-key attack.</summary>
    public static Dictionary<string, object?> Jwk(RSA key, string keyId)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return new()
        {
            ["kty"] = "RSA",
            ["kid"] = keyId,
            ["use"] = "sig",
            ["alg"] = "RS256",
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
    }

    public static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));

    /// <summary>A compact token's payload, read without verifying anything: for checking the claims a server minted.</summary>
    public static JsonObject Payload(string token) =>
        JsonNode.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]))!.AsObject();
}
