using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Clerk.Verification;

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
    public static MemberOffsets Of<TNames>(ReadOnlySpan<byte> json, int objectOffset)
        where TNames : IMemberNames
    {
        var offsets = default(MemberOffsets);
        var reader = JsonValue.ReaderAt(json, objectOffset);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var slot = SlotOf<TNames>(ref reader);
            reader.Read();
            if (slot >= 0)
            {
                offsets[slot] = objectOffset + (int)reader.TokenStartIndex + 1;
            }

            reader.Skip();
        }

        return offsets;
    }

    /// <summary>The slot of the property name <paramref name="reader"/> is on.</summary>
    public static int SlotOf<TNames>(ref Utf8JsonReader reader)
        where TNames : IMemberNames =>
        // An escaped name is rare (no Clerk token has one), so it takes the allocating road to its plain spelling.
        reader.ValueIsEscaped ? TNames.SlotOf(Encoding.UTF8.GetBytes(reader.GetString()!)) : TNames.SlotOf(reader.ValueSpan);
}
