using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Clerk.Verification.Webhooks;

/// <summary>
/// Checks a webhook's signature as Standard Webhooks (and Svix, which signs Clerk's) define it: HMAC-SHA256 with the
/// secret over <c>{id}.{timestamp}.{body}</c>, the signature header a space-separated list of <c>version,signature</c>
/// entries of which any <c>v1</c> entry may match, compared in constant time; the timestamp within five minutes.
/// </summary>
/// <remarks>
/// Our own rather than the StandardWebhooks package (1.1.2): it verifies a <c>string</c> body, so the raw bytes
/// would be decoded and re-encoded before the HMAC (a body that is not UTF-8 would be checked as something else); it
/// reads the clock itself, where tests and the emulator need a <c>TimeProvider</c>; one instance reads either the
/// <c>svix-*</c> or the <c>webhook-*</c> headers, and Clerk's receivers must take both; and it answers by exception.
/// The package signs in the tests, as a reference.
/// </remarks>
public static class WebhookSignature
{
    /// <summary>How far a timestamp may be from now, either way.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private const int SignatureLength = 32;

    /// <summary>
    /// The verdict on a message: <paramref name="id"/>, <paramref name="timestamp"/> and <paramref name="signatures"/>
    /// are the header values (null when absent), <paramref name="body"/> the raw bytes received.
    /// </summary>
    public static WebhookVerdict Verify(
        WebhookSigningSecret secret, string? id, string? timestamp, string? signatures, ReadOnlySpan<byte> body,
        DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(timestamp) || string.IsNullOrWhiteSpace(signatures))
        {
            return WebhookVerdict.MissingHeaders;
        }
        if (timestamp.Length > 19 || !timestamp.All(char.IsAsciiDigit)
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return WebhookVerdict.BadTimestamp;
        }
        var sent = seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            ? DateTimeOffset.MaxValue
            : DateTimeOffset.FromUnixTimeSeconds(seconds);
        if ((now - sent).Duration() > Tolerance)
        {
            return WebhookVerdict.StaleTimestamp;
        }

        Span<byte> expected = stackalloc byte[SignatureLength];
        Sign(secret.Key, id, timestamp, body, expected);
        Span<byte> given = stackalloc byte[SignatureLength + 3];
        var sawVersion1 = false;
        foreach (var range in signatures.AsSpan().Split(' '))
        {
            var entry = signatures.AsSpan(range);
            var comma = entry.IndexOf(',');
            // Only "v1,<base64>" entries count; any other version is skipped, as the standard says.
            if (comma < 0 || !entry[..comma].SequenceEqual("v1"))
            {
                continue;
            }
            sawVersion1 = true;
            // A signature that is not base64 of exactly 32 bytes cannot match: never compared, never a prefix match.
            if (Convert.TryFromBase64Chars(entry[(comma + 1)..], given, out var written) && written == SignatureLength
                && CryptographicOperations.FixedTimeEquals(given[..SignatureLength], expected))
            {
                return WebhookVerdict.Valid;
            }
        }
        return sawVersion1 ? WebhookVerdict.SignatureMismatch : WebhookVerdict.NoSignature;
    }

    /// <summary>The <c>v1,...</c> signature of a message, as a sender writes it (the emulator signs with this).</summary>
    public static string Sign(WebhookSigningSecret secret, string id, string timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> signature = stackalloc byte[SignatureLength];
        Sign(secret.Key, id, timestamp, body, signature);
        return "v1," + Convert.ToBase64String(signature);
    }

    private static void Sign(byte[] key, string id, string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        // "{id}.{timestamp}." then the body's bytes as received.
        var prefixLength = Encoding.UTF8.GetByteCount(id) + Encoding.UTF8.GetByteCount(timestamp) + 2;
        var message = ArrayPool<byte>.Shared.Rent(prefixLength + body.Length);
        try
        {
            var written = Encoding.UTF8.GetBytes(id, message);
            message[written++] = (byte)'.';
            written += Encoding.UTF8.GetBytes(timestamp, message.AsSpan(written));
            message[written++] = (byte)'.';
            body.CopyTo(message.AsSpan(written));
            HMACSHA256.HashData(key, message.AsSpan(0, written + body.Length), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }
}
