using System.Text;

namespace Clerk.Verification;

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

    private readonly ReadOnlySpan<byte> json;

    // Plain names of the open objects, innermost last, each as (offset in json << 32 | length).
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
        for (var earlier = first; earlier < rawCount; earlier++)
        {
            var other = raw[earlier];
            if ((int)other == length && json.Slice((int)(other >> 32), length).SequenceEqual(name))
            {
                return false;
            }
        }

        raw[rawCount++] = (long)offset << 32 | (uint)length;
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
            for (var index = first; index < rawCount; index++)
            {
                set.Add(Encoding.UTF8.GetString(json.Slice((int)(raw[index] >> 32), (int)raw[index])));
            }

            rawCount = first;
        }

        return set.Add(name);
    }
}
