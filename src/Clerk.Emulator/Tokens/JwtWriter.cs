using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clerk.Emulator.Tokens;

/// <summary>Writes a compact JWS: base64url(header).base64url(payload).base64url(signature).</summary>
internal static class JwtWriter
{
    public static string SignRs256(JsonObject header, JsonObject payload, RSA key) =>
        Sign(header, payload, input => key.SignData(input, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public static string SignHmac(JsonObject header, JsonObject payload, string algorithm, byte[] secret) =>
        Sign(header, payload, input => algorithm switch
        {
            "HS384" => HMACSHA384.HashData(secret, input),
            "HS512" => HMACSHA512.HashData(secret, input),
            _ => HMACSHA256.HashData(secret, input),
        });

    private static string Sign(JsonObject header, JsonObject payload, Func<byte[], byte[]> signature)
    {
        var signingInput = $"{Base64Url.EncodeToString(Utf8(header))}.{Base64Url.EncodeToString(Utf8(payload))}";
        return $"{signingInput}.{Base64Url.EncodeToString(signature(Encoding.ASCII.GetBytes(signingInput)))}";
    }

    private static byte[] Utf8(JsonObject json)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            json.WriteTo(writer);
        }

        return buffer.ToArray();
    }
}
