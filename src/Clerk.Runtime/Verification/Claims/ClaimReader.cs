using System.Text.Json;
using Clerk.Verification.Jws;

namespace Clerk.Verification.Claims;

/// <summary>
/// Reads the members of one object in a verified payload with their expected types, from where
/// <see cref="StrictJson"/> or <see cref="MemberOffsets.Of{TNames}"/> found them. Absent or <c>null</c> gives null; a
/// value of another type gives null and records the first problem (shared with nested readers), so the caller refuses
/// the token once, after reading everything, instead of checking after every claim.
/// </summary>
/// <typeparam name="TNames">The members' names, for the slots and for the messages.</typeparam>
internal ref struct ClaimReader<TNames>
    where TNames : IMemberNames
{
    private readonly ReadOnlySpan<byte> json;
    private readonly MemberOffsets offsets;
    private ref string? problem;

    public ClaimReader(ReadOnlySpan<byte> json, MemberOffsets offsets, ref string? problem)
    {
        this.json = json;
        this.offsets = offsets;
        this.problem = ref problem;
    }

    /// <summary>Whether the member is there at all (a <c>null</c> value counts as there).</summary>
    public readonly bool IsPresent(int slot) => offsets[slot] != 0;

    /// <summary>The member's kind; <see cref="JsonTokenType.None"/> when absent.</summary>
    public readonly JsonTokenType KindOf(int slot) =>
        IsPresent(slot) ? JsonValue.KindAt(json, StartOf(slot)) : JsonTokenType.None;

    public string? String(int slot) =>
        Expect(slot, JsonTokenType.String, "a string") ? JsonValue.StringAt(json, StartOf(slot)) : null;

    public int? Int32(int slot)
    {
        if (!Expect(slot, JsonTokenType.Number, "an integer"))
        {
            return null;
        }

        return JsonValue.TryGetInt32At(json, StartOf(slot), out var number) ? number : Mismatch<int?>(slot, "an integer");
    }

    /// <summary>A NumericDate: a finite number, whole seconds kept. Unlike the other reads, null is not absent.</summary>
    public readonly bool TryGetNumericDate(int slot, out DateTimeOffset value)
    {
        value = default;
        if (KindOf(slot) != JsonTokenType.Number || !JsonValue.TryGetDoubleAt(json, StartOf(slot), out var seconds))
        {
            return false;
        }

        value = UnixTime.FromSeconds(seconds);
        return true;
    }

    public int[]? Int32Pair(int slot)
    {
        const string Expected = "an array of two integers";
        if (!Expect(slot, JsonTokenType.StartArray, Expected))
        {
            return null;
        }

        var at = StartOf(slot) + 1; // past the '['
        return TryReadItem(ref at, (byte)',', out var first) && TryReadItem(ref at, (byte)']', out var second)
            ? [first, second]
            : Mismatch<int[]?>(slot, Expected);
    }

    public string[]? StringArray(int slot)
    {
        const string Expected = "an array of strings";
        if (!Expect(slot, JsonTokenType.StartArray, Expected))
        {
            return null;
        }

        var strings = new List<string>();
        var reader = JsonValue.ReaderAt(json, StartOf(slot));
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return Mismatch<string[]?>(slot, Expected);
            }

            strings.Add(reader.GetString()!);
        }

        return [.. strings];
    }

    /// <summary>A reader for the object member in <paramref name="slot"/>; false when it is absent (or not an object).</summary>
    public bool TryGetObject<TNested>(int slot, out ClaimReader<TNested> nested)
        where TNested : IMemberNames
    {
        if (!Expect(slot, JsonTokenType.StartObject, "an object"))
        {
            nested = default;
            return false;
        }

        nested = new ClaimReader<TNested>(json, MemberOffsets.Of<TNested>(json, StartOf(slot)), ref problem);
        return true;
    }

    /// <summary>Records that a present member is unusable (for example an object missing a required member).</summary>
    public void Refuse(string message) => problem ??= message;

    // Where the member's value begins (MemberOffsets keeps it plus one, so that 0 means absent).
    private readonly int StartOf(int slot) => offsets[slot] - 1;

    // An Int32 array item and the byte that must follow it; at moves past that byte.
    private readonly bool TryReadItem(ref int at, byte follower, out int value)
    {
        value = 0;
        at = JsonValue.SkipWhitespace(json, at);
        if (JsonValue.KindAt(json, at) != JsonTokenType.Number || !JsonValue.TryGetInt32At(json, at, out value))
        {
            return false;
        }

        at = JsonValue.SkipWhitespace(json, JsonValue.EndOf(json, at));
        return json[at++] == follower;
    }

    // Whether the member is there with the expected kind; absent and null are simply not there, any other kind is
    // recorded as the problem.
    private bool Expect(int slot, JsonTokenType kind, string expected)
    {
        var actual = KindOf(slot);
        if (actual == kind)
        {
            return true;
        }

        if (actual is not (JsonTokenType.None or JsonTokenType.Null))
        {
            Mismatch<object>(slot, expected);
        }

        return false;
    }

    private T? Mismatch<T>(int slot, string expected)
    {
        Refuse($"The {TNames.NameOf(slot)} claim must be {expected}.");
        return default;
    }
}
