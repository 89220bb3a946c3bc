using System.Text;
using System.Text.Json;

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

        public static int SlotOf(ReadOnlySpan<byte> name) => MemberNameTable.SlotOf(name, Names);
    }
}
