using System.Runtime.CompilerServices;
using System.Text;

namespace Clerk.Verification.Jws;

/// <summary>
/// The member names a reader of one JSON object cares about, each given a slot in <see cref="MemberOffsets"/>.
/// Names are compared after unescaping, so <c>"s\u0075b"</c> is <c>sub</c>, as any JSON parser has it.
/// </summary>
internal interface IMemberNames
{
    /// <summary>The slot of the (unescaped, UTF-8) member name, or -1 when the reader does not want it.</summary>
    static abstract int SlotOf(ReadOnlySpan<byte> name);

    /// <summary>The name of a slot, as a claim is named in a refusal message (<c>o.rol</c>).</summary>
    static abstract string NameOf(int slot);
}

/// <summary>
/// Where the values of one object's wanted members (<see cref="IMemberNames"/>) start in the JSON text, so they can
/// be read later without parsing the text again: the offset of a value's first byte plus one, 0 when absent. Only
/// filled for text <see cref="StrictJson"/> accepted, so each name has at most one value.
/// </summary>
[InlineArray(Capacity)]
internal struct MemberOffsets
{
    /// <summary>Enough slots for the session token's claims, the most any reader wants.</summary>
    public const int Capacity = 18;

    private int first;

    /// <summary>The wanted members of the object that starts at <paramref name="objectOffset"/> in <paramref name="json"/>.</summary>
    /// <remarks>Only for text <see cref="StrictJson"/> accepted: it is scanned, not parsed.</remarks>
    public static MemberOffsets Of<TNames>(ReadOnlySpan<byte> json, int objectOffset)
        where TNames : IMemberNames
    {
        var offsets = default(MemberOffsets);
        var at = JsonValue.SkipWhitespace(json, objectOffset + 1);
        while (json[at] != (byte)'}')
        {
            var nameEnd = JsonValue.EndOf(json, at);
            var name = json[(at + 1)..(nameEnd - 1)];

            // An escaped name is rare (no Clerk token has one), so it takes the allocating road to its plain spelling.
            var slot = name.Contains((byte)'\\')
                ? TNames.SlotOf(Encoding.UTF8.GetBytes(JsonValue.StringAt(json, at)))
                : TNames.SlotOf(name);
            var valueStart = JsonValue.SkipWhitespace(json, JsonValue.SkipWhitespace(json, nameEnd) + 1); // past the colon
            if (slot >= 0)
            {
                offsets[slot] = valueStart + 1;
            }

            at = JsonValue.SkipWhitespace(json, JsonValue.EndOf(json, valueStart));
            if (json[at] == (byte)',')
            {
                at = JsonValue.SkipWhitespace(json, at + 1);
            }
        }

        return offsets;
    }
}
