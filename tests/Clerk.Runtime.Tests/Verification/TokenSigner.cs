using System.Security.Cryptography;

namespace Clerk.Runtime.Tests.Verification;

/// <summary><see cref="JwsTokens"/> signing with this project's instance key unless told otherwise.</summary>
internal static class TokenSigner
{
    /// <summary>RS256/384/512 with <paramref name="key"/> (the instance key by default).</summary>
    public static string Sign(IDictionary<string, object?> header, IDictionary<string, object?> payload, RSA? key = null) =>
        JwsTokens.Sign(header, payload, key ?? TestRsaKeys.InstanceKey);

    /// <summary>Signs raw JSON text, for headers and payloads a serializer would never write (duplicate keys, ...).</summary>
    public static string SignJson(string headerJson, string payloadJson, RSA? key = null) =>
        JwsTokens.SignJson(headerJson, payloadJson, key ?? TestRsaKeys.InstanceKey);
}
