using System.Text;

namespace Clerk.Verification.Jws;

/// <summary>
/// The member names of every JSON object open at one point of a walk over the text, so a walk can refuse an object
/// that repeats a name, at any depth, compared after unescaping. Plain names (no escape: their bytes are their value,
/// and the text is valid UTF-8) are compared in place, without a string; an object with an escaped name, or with more
/// than <see cref="SmallObject"/> names, switches to a set of strings, so its check stays linear and exact.
/// </summary>
internal ref struct DistinctMemberNames
{
    /// <summary>Plain names held at once, over all open objects; beyond it, objects switch to sets.</summary>
    public const int RawCapacity = 64;

    // Up to this many names an object compares each new one with the earlier ones.
    private const int SmallObject = 32;

    private const int MaxPacked = 7;

    private readonly ReadOnlySpan<byte> json;

    // Plain names of the open objects, innermost last. A name of up to MaxPacked bytes is packed into its entry
    // (length in the top byte, so the entries of two names are equal exactly when the names are); a longer one is
    // (sign bit | offset in json << 32 | length), compared through the text.
    private readonly Span<long> raw;

    // Per open object (outermost first): where its names begin in raw.
    private readonly Span<int> firstRaw;

    // Per open object: its names as strings, once it has switched to a set.
    private HashSet<string>?[]? sets;
    private int rawCount;
    private int depth;

    public DistinctMemberNames(ReadOnlySpan<byte> json, Span<long> raw, Span<int> firstRaw)
    {
        this.json = json;
        this.raw = raw;
        this.firstRaw = firstRaw;
        depth = -1;
    }

    public void OpenObject()
    {
        depth++;
        firstRaw[depth] = rawCount;
    }

    public void CloseObject()
    {
        rawCount = firstRaw[depth];
        if (sets is not null)
        {
            sets[depth] = null;
        }

        depth--;
    }

    /// <summary>Adds a plain name (its bytes at <paramref name="offset"/>); false when the object already has it.</summary>
    public bool Add(int offset, int length)
    {
        var first = firstRaw[depth];
        if (sets?[depth] is not null || rawCount - first == SmallObject || rawCount == raw.Length)
        {
            return Add(Encoding.UTF8.GetString(json.Slice(offset, length)));
        }

        var name = json.Slice(offset, length);
        var earlier = raw[first..rawCount];
        long entry;
        if (length <= MaxPacked)
        {
            // Most claim names are one to three bytes: such a name is its own entry, so the earlier names are
            // searched for it in one vectorized pass instead of being compared one by one.
            entry = Pack(name);
            if (earlier.Contains(entry))
            {
                return false;
            }
        }
        else
        {
            entry = long.MinValue | (long)offset << 32 | (uint)length;
            foreach (var other in earlier)
            {
                if (other < 0 && (int)other == length && json.Slice(OffsetOf(other), length).SequenceEqual(name))
                {
                    return false;
                }
            }
        }

        raw[rawCount++] = entry;
        return true;
    }

    /// <summary>Adds an unescaped name; false when the object already has it.</summary>
    public bool Add(string name)
    {
        sets ??= new HashSet<string>?[firstRaw.Length];
        if (sets[depth] is not { } set)
        {
            // Switch this object to a set: its plain names so far move into it.
            set = sets[depth] = new HashSet<string>(StringComparer.Ordinal);
            var first = firstRaw[depth];
            Span<byte> packed = stackalloc byte[MaxPacked];
            foreach (var entry in raw[first..rawCount])
            {
                set.Add(Encoding.UTF8.GetString(entry < 0 ? json.Slice(OffsetOf(entry), (int)entry) : Unpack(entry, packed)));
            }

            rawCount = first;
        }

        return set.Add(name);
    }

    private static long Pack(ReadOnlySpan<byte> name)
    {
        var entry = (long)name.Length << 56;
        for (var index = 0; index < name.Length; index++)
        {
            entry |= (long)name[index] << (8 * index);
        }

        return entry;
    }

    private static ReadOnlySpan<byte> Unpack(long entry, Span<byte> buffer)
    {
        var length = (int)(entry >> 56);
        for (var index = 0; index < length; index++)
        {
            buffer[index] = (byte)(entry >> (8 * index));
        }

        return buffer[..length];
    }

    private static int OffsetOf(long longEntry) => (int)(longEntry >> 32) & int.MaxValue;
}
