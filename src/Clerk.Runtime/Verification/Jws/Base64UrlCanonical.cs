using System.Buffers;
using System.Buffers.Text;

namespace Clerk.Verification.Jws;

/// <summary>
/// Decodes base64url exactly as RFC 7515 writes it: the URL-safe alphabet only, no padding, no whitespace, and
/// unused trailing bits zero. The platform decoders are lenient (they skip whitespace and accept padding), and a
/// lenient decoder lets many different strings carry the same token, which defeats an exact-string cache and hides
/// tampering. Here one byte sequence has exactly one accepted spelling.
/// </summary>
internal static class Base64UrlCanonical
{
    // Checked with a vectorized IndexOfAnyExcept: a per-character switch over the ~1,000 characters of a session
    // token cost about 2 µs per cold verification, a twentieth of the RSA check itself (bench/run.sh).
    private static readonly SearchValues<char> Alphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    /// <summary>Decodes into <paramref name="buffer"/>, at least <see cref="Base64Url.GetMaxDecodedLength"/> long.</summary>
    public static bool TryDecode(ReadOnlySpan<char> text, Span<byte> buffer, out int written)
    {
        written = 0;
        return IsCanonical(text) && Base64Url.TryDecodeFromChars(text, buffer, out written);
    }

    private static bool IsCanonical(ReadOnlySpan<char> text) =>
        text.Length % 4 != 1 && text.IndexOfAnyExcept(Alphabet) < 0 && HasZeroUnusedBits(text);

    // The last character of a 2- or 3-character tail carries 4 or 2 bits that encode nothing; a canonical encoder
    // writes them as zero.
    private static bool HasZeroUnusedBits(ReadOnlySpan<char> text) => (text.Length % 4) switch
    {
        2 => (SextetOf(text[^1]) & 0b1111) == 0,
        3 => (SextetOf(text[^1]) & 0b11) == 0,
        _ => true,
    };

    private static int SextetOf(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '-' => 62,
        '_' => 63,
        _ => -1,
    };
}
