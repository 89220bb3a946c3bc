using System.Diagnostics.CodeAnalysis;

namespace Clerk.Verification.Webhooks;

/// <summary>
/// A webhook endpoint's signing secret as Clerk's dashboard shows it (<c>whsec_</c> and the key in base64, as
/// Standard Webhooks defines it), decoded to the HMAC key.
/// </summary>
public sealed class WebhookSigningSecret
{
    private const string Prefix = "whsec_";

    private WebhookSigningSecret(byte[] key) => Key = key;

    /// <summary>The HMAC-SHA256 key.</summary>
    internal byte[] Key { get; }

    /// <summary>
    /// Reads <paramref name="text"/>: <c>whsec_</c> followed by base64 (the prefix may be left out). False for
    /// anything else, including an empty key.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out WebhookSigningSecret? secret)
    {
        secret = null;
        var encoded = text?.Trim() ?? "";
        if (encoded.StartsWith(Prefix, StringComparison.Ordinal))
        {
            encoded = encoded[Prefix.Length..];
        }
        if (encoded.Length == 0)
        {
            return false;
        }
        var buffer = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, buffer, out var written) || written == 0)
        {
            return false;
        }
        secret = new WebhookSigningSecret(buffer[..written]);
        return true;
    }
}
