using System.Text;

namespace Clerk.Verification.Jws;

/// <summary>
/// Slot lookup for the short name tables (<see cref="IMemberNames"/> with a handful of names): a linear scan is as
/// fast as any switch at that size, and it keeps each table's names written once, beside their slots.
/// </summary>
internal static class MemberNameTable
{
    /// <summary>
    /// The index of <paramref name="name"/> in <paramref name="names"/>, each compared without its first
    /// <paramref name="prefixLength"/> characters (a nested claim's table spells <c>o.rol</c> for messages, the JSON
    /// member is <c>rol</c>), or -1.
    /// </summary>
    public static int SlotOf(ReadOnlySpan<byte> name, string[] names, int prefixLength = 0)
    {
        for (var slot = 0; slot < names.Length; slot++)
        {
            if (Ascii.Equals(name, names[slot].AsSpan(prefixLength)))
            {
                return slot;
            }
        }

        return -1;
    }
}
