using System.Buffers;
using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Clerk.Verification.Jws;

/// <summary>
/// Checks a token's header or payload in one pass, without building a document: one JSON object, RFC 8259 strict
/// (no comments, no trailing commas, nothing after it, no byte-order mark), valid UTF-8, no unpaired surrogate
/// escapes (I-JSON, RFC 7493), nested at most <see cref="MaxDepth"/> deep, and no duplicate member names at any depth.
/// Duplicates are refused because two parsers may pick different copies (RFC 7515 §5.2 lets a verifier reject them;
/// we do), which is how a signed "alg":"RS256" can hide a "none". Text that cannot become a .NET string is refused
/// here, so later readers (<see cref="JsonValue"/>) can never throw on it. The same pass notes where the top-level
/// members a caller wants begin, so they are read later without parsing again.
/// </summary>
/// <remarks>
/// A scanner of our own rather than <see cref="Utf8JsonReader"/>: this pass runs on every cold verification, the
/// reader's general machinery (token state, value spans, depth bookkeeping for every token) was a third of the
/// verifier's own work beside the RSA check, and the grammar it has to hold is small and fixed. It accepts exactly
/// what the reader accepts with <see cref="ReaderOptions"/> (plus the checks above): a differential test holds it to
/// the reader's verdict on thousands of generated and mutated inputs.
/// </remarks>
internal static class StrictJson
{
    /// <summary>Bounds the work (and the recursion of any later reader) per token.</summary>
    public const int MaxDepth = 16;

    /// <summary>The reader settings for this grammar; readers of accepted text use them too.</summary>
    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = MaxDepth,
    };

    /// <summary>
    /// Whether <paramref name="utf8"/> is exactly one such object; if so, <paramref name="members"/> holds where its
    /// top-level members named by <typeparamref name="TNames"/> begin.
    /// </summary>
    public static bool TryIndexObject<TNames>(ReadOnlySpan<byte> utf8, out MemberOffsets members)
        where TNames : IMemberNames
    {
        members = default;

        // Strings are scanned for their delimiters only, so their encoding is checked here, all at once.
        if (!Utf8.IsValid(utf8))
        {
            return false;
        }

        var scanner = new Scanner(
            utf8, new DistinctMemberNames(utf8, stackalloc long[DistinctMemberNames.RawCapacity], stackalloc int[MaxDepth + 1]));
        var start = scanner.SkipWhitespace(0);
        if (start >= utf8.Length || utf8[start] != (byte)'{')
        {
            return false;
        }

        var end = scanner.Object<TNames>(start, 1, ref members);
        return end >= 0 && scanner.SkipWhitespace(end) == utf8.Length;
    }

    /// <summary>
    /// The grammar, one method per production. Each takes the position where its text begins and returns the position
    /// just past it, or <see cref="Refused"/>: positions stay in registers, where <c>ref</c> parameters would not.
    /// </summary>
    private ref struct Scanner(ReadOnlySpan<byte> json, DistinctMemberNames names)
    {
        private const int Refused = -1;

        // What ends a run of plain string content: the closing quote, an escape, or a control character (never raw).
        private static readonly SearchValues<byte> StringSpecials = SearchValues.Create(
            "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"u8);

        private readonly ReadOnlySpan<byte> json = json;

        // Raw control bytes are whitespace between tokens or an error inside a string. Text without any (a token's
        // compact JSON) lets every string be scanned for its two delimiters alone, several times cheaper than a
        // search for all 34 special bytes; one vectorized pass over the whole text decides.
        private readonly bool hasControlBytes = json.IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0;
        private DistinctMemberNames names = names;

        // Compact JSON has no whitespace between tokens: the usual answer is the first byte looked at, checked inline.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly int SkipWhitespace(int at) => At(at) > (byte)' ' ? at : SkipWhitespaceRun(at);

        private readonly int SkipWhitespaceRun(int at)
        {
            while (At(at) is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r')
            {
                at++;
            }

            return at;
        }

        /// <summary>
        /// The object whose '{' is at <paramref name="at"/>, inside <paramref name="depth"/> open containers counting
        /// itself (1 for the top-level object); the wanted members' value offsets go into <paramref name="members"/>.
        /// </summary>
        public int Object<TNames>(int at, int depth, ref MemberOffsets members)
            where TNames : IMemberNames
        {
            names.OpenObject();
            at = SkipWhitespace(at + 1);
            if (At(at) == (byte)'}')
            {
                names.CloseObject();
                return at + 1;
            }

            while (true)
            {
                var nameStart = at;
                if (At(at) != (byte)'"' || (at = String(at, out var escaped)) < 0)
                {
                    return Refused;
                }

                int wanted;
                if (escaped)
                {
                    // An escaped name is compared, and matched to a slot, by its unescaped spelling.
                    var name = JsonValue.StringAt(json, nameStart);
                    if (!names.Add(name))
                    {
                        return Refused;
                    }

                    wanted = depth == 1 ? TNames.SlotOf(Encoding.UTF8.GetBytes(name)) : -1;
                }
                else
                {
                    var length = at - nameStart - 2;
                    if (!names.Add(nameStart + 1, length))
                    {
                        return Refused;
                    }

                    wanted = depth == 1 ? TNames.SlotOf(json.Slice(nameStart + 1, length)) : -1;
                }

                at = SkipWhitespace(at);
                if (At(at) != (byte)':')
                {
                    return Refused;
                }

                at = SkipWhitespace(at + 1);
                if (wanted >= 0)
                {
                    members[wanted] = at + 1;
                }

                if ((at = Value(at, depth)) < 0 || (at = Next(at, (byte)'}', out var more)) < 0)
                {
                    return Refused;
                }

                if (!more)
                {
                    names.CloseObject();
                    return at;
                }
            }
        }

        /// <summary>The array whose '[' is at <paramref name="at"/>, inside <paramref name="depth"/> open containers.</summary>
        private int Array(int at, int depth)
        {
            at = SkipWhitespace(at + 1);
            if (At(at) == (byte)']')
            {
                return at + 1;
            }

            while (true)
            {
                if ((at = Value(at, depth)) < 0 || (at = Next(at, (byte)']', out var more)) < 0)
                {
                    return Refused;
                }

                if (!more)
                {
                    return at;
                }
            }
        }

        /// <summary>
        /// What follows a member or an item at <paramref name="at"/>: a comma, and then where the next one begins
        /// (<paramref name="more"/>), or the container's <paramref name="close"/>, and then the position past it.
        /// </summary>
        private readonly int Next(int at, byte close, out bool more)
        {
            at = SkipWhitespace(at);
            more = At(at) == (byte)',';
            return more ? SkipWhitespace(at + 1) : At(at) == close ? at + 1 : Refused;
        }

        /// <summary>Any value at <paramref name="at"/>, inside <paramref name="depth"/> open containers.</summary>
        private int Value(int at, int depth)
        {
            switch (At(at))
            {
                case (byte)'"':
                    return String(at, out _);
                case (byte)'{':
                    var ignored = default(MemberOffsets);
                    return depth < MaxDepth ? Object<NoMemberNames>(at, depth + 1, ref ignored) : Refused;
                case (byte)'[':
                    return depth < MaxDepth ? Array(at, depth + 1) : Refused;
                case (byte)'t':
                    return Literal(at, "true"u8);
                case (byte)'f':
                    return Literal(at, "false"u8);
                case (byte)'n':
                    return Literal(at, "null"u8);
                default:
                    return Number(at);
            }
        }

        private readonly int Literal(int at, ReadOnlySpan<byte> literal) =>
            json[at..].StartsWith(literal) ? at + literal.Length : Refused;

        /// <summary>RFC 8259 §6: <c>-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?</c>.</summary>
        private readonly int Number(int at)
        {
            if (At(at) == (byte)'-')
            {
                at++;
            }

            at = At(at) == (byte)'0' ? at + 1 : Digits(at);
            if (at >= 0 && At(at) == (byte)'.')
            {
                at = Digits(at + 1);
            }

            if (at >= 0 && At(at) is (byte)'e' or (byte)'E')
            {
                at++;
                if (At(at) is (byte)'+' or (byte)'-')
                {
                    at++;
                }

                at = Digits(at);
            }

            return at;
        }

        // One or more digits (a leading zero is the caller's concern).
        private readonly int Digits(int at)
        {
            var start = at;
            while (char.IsAsciiDigit((char)At(at)))
            {
                at++;
            }

            return at > start ? at : Refused;
        }

        /// <summary>
        /// The string whose opening quote is at <paramref name="at"/>. Escapes must be RFC 8259's, and a <c>\u</c>
        /// surrogate escape must be half of a pair.
        /// </summary>
        private readonly int String(int at, out bool escaped)
        {
            escaped = false;
            at++;
            while (true)
            {
                var rest = json[at..];
                var special = hasControlBytes ? rest.IndexOfAny(StringSpecials) : rest.IndexOfAny((byte)'"', (byte)'\\');
                if (special < 0)
                {
                    return Refused;
                }

                at += special;
                if (json[at] == (byte)'"')
                {
                    return at + 1;
                }

                if (json[at] != (byte)'\\')
                {
                    return Refused; // a raw control character
                }

                escaped = true;
                if ((at = Escape(at)) < 0)
                {
                    return Refused;
                }
            }
        }

        /// <summary>One escape at <paramref name="at"/> (its backslash), or a surrogate pair of them.</summary>
        private readonly int Escape(int at)
        {
            switch (At(at + 1))
            {
                case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                    return at + 2;
                case (byte)'u':
                    var unit = HexEscape(at);
                    if (unit < 0 || !char.IsSurrogate((char)unit))
                    {
                        return unit < 0 ? Refused : at + 6;
                    }

                    // A high surrogate must be followed at once by an escaped low one; anything else is a lone half.
                    var low = HexEscape(at + 6);
                    return char.IsHighSurrogate((char)unit) && low >= 0 && char.IsLowSurrogate((char)low) ? at + 12 : Refused;
                default:
                    return Refused;
            }
        }

        // The code unit of the \uXXXX at at (four hex digits of either case), or -1.
        private readonly int HexEscape(int at) =>
            at + 6 <= json.Length && json[at] == (byte)'\\' && json[at + 1] == (byte)'u'
                && Utf8Parser.TryParse(json.Slice(at + 2, 4), out ushort unit, out var consumed, 'x') && consumed == 4
                ? unit
                : Refused;

        // The byte at a position, or 0 past the end (0 is never valid outside a string, so every check fails there).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private readonly byte At(int at) => (uint)at < (uint)json.Length ? json[at] : (byte)0;
    }

    /// <summary>Nested objects: no member is wanted.</summary>
    private readonly struct NoMemberNames : IMemberNames
    {
        public static int SlotOf(ReadOnlySpan<byte> name) => -1;

        public static string NameOf(int slot) => throw new ArgumentOutOfRangeException(nameof(slot));
    }
}
