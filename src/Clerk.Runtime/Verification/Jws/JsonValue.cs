using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Clerk.Verification.Jws;

/// <summary>
/// One value inside JSON text that <see cref="StrictJson"/> already accepted, found again by its offset: a reader for
/// just that value, so a claim is read where it lies instead of through a document built for the whole payload.
/// </summary>
internal static class JsonValue
{
    private static readonly SearchValues<byte> Structure = SearchValues.Create("\"{}[]"u8);
    private static readonly SearchValues<byte> EndOfLiteral = SearchValues.Create(",}] \t\r\n"u8);

    /// <summary>A reader on the first token of the value starting at <paramref name="offset"/>.</summary>
    public static Utf8JsonReader ReaderAt(ReadOnlySpan<byte> json, int offset)
    {
        // Reading stops at the end of this value, so what follows it in the text (",", more members) is never read.
        var reader = new Utf8JsonReader(json[offset..], StrictJson.ReaderOptions);
        reader.Read();
        return reader;
    }

    /// <summary>The string value starting at <paramref name="offset"/> (its opening quote), unescaped.</summary>
    public static string StringAt(ReadOnlySpan<byte> json, int offset)
    {
        // Without an escape a string's bytes are its value (StrictJson proved them valid UTF-8), so they are decoded
        // in place: a reader per claim cost more than the claims' strings themselves.
        var content = json[(offset + 1)..];
        var end = content.IndexOfAny((byte)'"', (byte)'\\');
        return content[end] == (byte)'"' ? Encoding.UTF8.GetString(content[..end]) : ReaderAt(json, offset).GetString()!;
    }

    /// <summary>The number starting at <paramref name="offset"/> as an <see cref="int"/>, if it is one (as <see cref="Utf8JsonReader.TryGetInt32"/>).</summary>
    public static bool TryGetInt32At(ReadOnlySpan<byte> json, int offset, out int value)
    {
        if (TryGetPlainInteger(json, offset, out var whole) && whole is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)whole;
            return true;
        }

        return ReaderAt(json, offset).TryGetInt32(out value);
    }

    /// <summary>The number starting at <paramref name="offset"/> as a finite <see cref="double"/> (as <see cref="Utf8JsonReader.TryGetDouble"/>).</summary>
    public static bool TryGetDoubleAt(ReadOnlySpan<byte> json, int offset, out double value)
    {
        if (TryGetPlainInteger(json, offset, out var whole))
        {
            value = whole;
            return true;
        }

        return ReaderAt(json, offset).TryGetDouble(out value) && double.IsFinite(value);
    }

    // Claim numbers are nearly always plain integers ("exp":1795988308): up to 15 digits (exact as a double too)
    // they are parsed here directly; anything else (fractions, exponents, longer) goes through a reader.
    private static bool TryGetPlainInteger(ReadOnlySpan<byte> json, int offset, out long value)
    {
        var rest = json[offset..];
        var sign = rest[0] == (byte)'-' ? 1 : 0;
        var length = rest[sign..].IndexOfAnyExceptInRange((byte)'0', (byte)'9') + sign;
        value = 0;
        return length is > 0 and <= 15
            && rest[length] is not ((byte)'.' or (byte)'e' or (byte)'E')
            && Utf8Parser.TryParse(rest[..length], out value, out var consumed)
            && consumed == length;
    }

    /// <summary>
    /// The offset just past the value starting at <paramref name="offset"/>. The text was accepted by
    /// <see cref="StrictJson"/>, so a scan for quotes and brackets is enough, with no grammar left to check.
    /// </summary>
    public static int EndOf(ReadOnlySpan<byte> json, int offset)
    {
        switch (json[offset])
        {
            case (byte)'"':
                var at = offset + 1;
                while (true)
                {
                    at += json[at..].IndexOfAny((byte)'"', (byte)'\\');
                    if (json[at] == (byte)'"')
                    {
                        return at + 1;
                    }

                    at += 2; // an escape: its second character may be a quote
                }

            case (byte)'{' or (byte)'[':
                var depth = 0;
                var next = offset;
                while (true)
                {
                    next += json[next..].IndexOfAny(Structure);
                    switch (json[next])
                    {
                        case (byte)'"':
                            next = EndOf(json, next);
                            continue;
                        case (byte)'{' or (byte)'[':
                            depth++;
                            break;
                        default:
                            if (--depth == 0)
                            {
                                return next + 1;
                            }

                            break;
                    }

                    next++;
                }

            default:
                var end = json[offset..].IndexOfAny(EndOfLiteral);
                return end < 0 ? json.Length : offset + end;
        }
    }

    /// <summary>The first offset from <paramref name="offset"/> on that is not JSON whitespace.</summary>
    public static int SkipWhitespace(ReadOnlySpan<byte> json, int offset)
    {
        while (json[offset] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            offset++;
        }

        return offset;
    }

    /// <summary>The kind of the value starting at <paramref name="offset"/>, told by its first byte alone.</summary>
    public static JsonTokenType KindAt(ReadOnlySpan<byte> json, int offset) => json[offset] switch
    {
        (byte)'"' => JsonTokenType.String,
        (byte)'{' => JsonTokenType.StartObject,
        (byte)'[' => JsonTokenType.StartArray,
        (byte)'n' => JsonTokenType.Null,
        (byte)'t' => JsonTokenType.True,
        (byte)'f' => JsonTokenType.False,
        (byte)'-' or (>= (byte)'0' and <= (byte)'9') => JsonTokenType.Number,
        (byte)']' => JsonTokenType.EndArray,
        (byte)'}' => JsonTokenType.EndObject,
        _ => JsonTokenType.None,
    };
}
