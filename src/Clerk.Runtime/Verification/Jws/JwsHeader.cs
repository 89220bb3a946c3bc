using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Clerk.Verification.Jws;

/// <summary>
/// The JOSE header members the verifier acts on. Everything else, notably <c>jwk</c>, <c>jku</c>, <c>x5u</c> and
/// <c>x5c</c>, is deliberately never read: a key named by the token itself proves nothing, so keys only ever come
/// from the configured key source (a PEM key or the JWKS).
/// </summary>
/// <param name="Algorithm"><c>alg</c> when it is a string, else null.</param>
/// <param name="KeyId"><c>kid</c> when it is a string, else null.</param>
/// <param name="KeyIdIsMalformed">Whether <c>kid</c> is present but not a string.</param>
/// <param name="Type">
/// <c>typ</c> when present: its string value, or its raw JSON text when it is not a string (so a non-string never
/// equals an expected value).
/// </param>
/// <param name="Category"><c>cat</c> (Clerk's token class tag) when present, in the same form as <paramref name="Type"/>.</param>
/// <param name="HasCritical">Whether <c>crit</c> is present at all.</param>
internal sealed record JwsHeader(
    string? Algorithm,
    string? KeyId,
    bool KeyIdIsMalformed,
    string? Type,
    string? Category,
    bool HasCritical)
{
    /// <summary>
    /// Reads the members from a header object that <see cref="StrictJson.TryIndexObject{TNames}"/> accepted and
    /// indexed with <see cref="HeaderNames"/>.
    /// </summary>
    public static JwsHeader From(ReadOnlySpan<byte> header, in MemberOffsets members)
    {
        var kid = members[HeaderNames.Kid];
        var kidIsString = kid != 0 && JsonValue.KindAt(header, kid - 1) == JsonTokenType.String;
        return new JwsHeader(
            Algorithm: StringOrNull(header, members[HeaderNames.Alg]),
            KeyId: kidIsString ? StringOrNull(header, kid) : null,
            KeyIdIsMalformed: kid != 0 && !kidIsString,
            Type: StringOrRawText(header, members[HeaderNames.Typ]),
            Category: StringOrRawText(header, members[HeaderNames.Cat]),
            HasCritical: members[HeaderNames.Crit] != 0);
    }

    /// <summary>
    /// The common header, read without building a document: one flat object whose values are all strings with no
    /// escapes or control characters, at most eight distinct members, valid UTF-8, strict RFC 8259 grammar. Null for
    /// anything else (nesting, other value types, escapes, a BOM, duplicates, malformed text): the caller then takes
    /// <see cref="StrictJson"/> and <see cref="From"/>, so every such header meets exactly the checks it always met.
    /// What this accepts, <see cref="StrictJson.TryIndexObject{TNames}"/> accepts too, and <see cref="From"/> reads it the same.
    /// </summary>
    public static JwsHeader? TryReadFlat(ReadOnlySpan<byte> json)
    {
        const int MaxMembers = 8;
        if (!Utf8.IsValid(json))
        {
            return null;
        }

        Span<long> names = stackalloc long[MaxMembers];
        var count = 0;
        string? alg = null, kid = null, typ = null, cat = null;
        var hasCritical = false;
        var i = SkipWhitespace(json, 0);
        if (i >= json.Length || json[i] != (byte)'{')
        {
            return null;
        }

        i = SkipWhitespace(json, i + 1);
        if (i < json.Length && json[i] == (byte)'}')
        {
            i++;
        }
        else
        {
            while (true)
            {
                if (!TryReadPlainString(json, ref i, out var nameStart, out var nameLength))
                {
                    return null;
                }

                i = SkipWhitespace(json, i);
                if (i >= json.Length || json[i] != (byte)':')
                {
                    return null;
                }

                i = SkipWhitespace(json, i + 1);
                if (!TryReadPlainString(json, ref i, out var valueStart, out var valueLength))
                {
                    return null;
                }

                var name = json.Slice(nameStart, nameLength);
                for (var earlier = 0; earlier < count; earlier++)
                {
                    if ((int)names[earlier] == nameLength && json.Slice((int)(names[earlier] >> 32), nameLength).SequenceEqual(name))
                    {
                        return null;
                    }
                }

                if (count == MaxMembers)
                {
                    return null;
                }

                names[count++] = (long)nameStart << 32 | (uint)nameLength;
                var value = json.Slice(valueStart, valueLength);
                if (name.SequenceEqual("alg"u8))
                {
                    alg = Text(value);
                }
                else if (name.SequenceEqual("kid"u8))
                {
                    kid = Text(value);
                }
                else if (name.SequenceEqual("typ"u8))
                {
                    typ = Text(value);
                }
                else if (name.SequenceEqual("cat"u8))
                {
                    cat = Text(value);
                }
                else if (name.SequenceEqual("crit"u8))
                {
                    hasCritical = true;
                }

                i = SkipWhitespace(json, i);
                if (i >= json.Length)
                {
                    return null;
                }

                if (json[i] == (byte)',')
                {
                    i = SkipWhitespace(json, i + 1);
                    continue;
                }

                if (json[i] == (byte)'}')
                {
                    i++;
                    break;
                }

                return null;
            }
        }

        if (SkipWhitespace(json, i) != json.Length)
        {
            return null;
        }

        return new JwsHeader(alg, kid, KeyIdIsMalformed: false, typ, cat, hasCritical);
    }

    // The values nearly every Clerk header carries, returned as the constants they equal rather than as new strings.
    private static readonly string[] CommonValues = ["RS256", "JWT", JwtCategories.SessionToken];

    private static string Text(ReadOnlySpan<byte> value)
    {
        foreach (var common in CommonValues)
        {
            if (Ascii.Equals(value, common))
            {
                return common;
            }
        }
        return Encoding.UTF8.GetString(value);
    }

    // RFC 8259 whitespace only: space, tab, line feed, carriage return.
    private static int SkipWhitespace(ReadOnlySpan<byte> json, int i)
    {
        while (i < json.Length && json[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
        {
            i++;
        }

        return i;
    }

    // A string with no escape and no control character; i moves past its closing quote.
    private static bool TryReadPlainString(ReadOnlySpan<byte> json, ref int i, out int start, out int length)
    {
        start = i + 1;
        length = 0;
        if (i >= json.Length || json[i] != (byte)'"')
        {
            return false;
        }

        var rest = json[start..];
        var end = rest.IndexOfAny((byte)'"', (byte)'\\');
        if (end < 0 || rest[end] != (byte)'"' || rest[..end].IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
        {
            return false;
        }

        length = end;
        i = start + end + 1;
        return true;
    }

    // members[...] offsets are one past the value's start, 0 when absent (MemberOffsets).
    private static string? StringOrNull(ReadOnlySpan<byte> header, int member) =>
        member != 0 && JsonValue.KindAt(header, member - 1) == JsonTokenType.String
            ? JsonValue.StringAt(header, member - 1)
            : null;

    // A non-string keeps its JSON text, so it never equals an expected value (the number 1 reads "1", never "JWT").
    private static string? StringOrRawText(ReadOnlySpan<byte> header, int member)
    {
        if (member == 0)
        {
            return null;
        }

        var start = member - 1;
        return JsonValue.KindAt(header, start) == JsonTokenType.String
            ? JsonValue.StringAt(header, start)
            : Encoding.UTF8.GetString(header[start..JsonValue.EndOf(header, start)]);
    }

    /// <summary>The header members the verifier reads.</summary>
    public readonly struct HeaderNames : IMemberNames
    {
        public const int Alg = 0, Kid = 1, Typ = 2, Cat = 3, Crit = 4;

        private static readonly string[] Names = ["alg", "kid", "typ", "cat", "crit"];

        public static string NameOf(int slot) => Names[slot];

        public static int SlotOf(ReadOnlySpan<byte> name) =>
            name.SequenceEqual("alg"u8) ? Alg
            : name.SequenceEqual("kid"u8) ? Kid
            : name.SequenceEqual("typ"u8) ? Typ
            : name.SequenceEqual("cat"u8) ? Cat
            : name.SequenceEqual("crit"u8) ? Crit
            : -1;
    }
}
