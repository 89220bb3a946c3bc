using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Clerk.Verification;

/// <summary>
/// Reads optional claims of a JSON object with their expected types. Absent or <c>null</c> gives null; a value of
/// another type gives null and records the first <see cref="Problem"/>, so the caller refuses the token once, after
/// reading everything, instead of checking after every claim.
/// </summary>
internal sealed class ClaimReader
{
    private readonly JsonElement container;
    private readonly string prefix;
    private readonly ClaimReader? parent;
    private readonly bool indexed;
    private string? problem;

    // The session token's top-level claims, found in ONE pass over the payload object (JsonElement.TryGetProperty is
    // a linear scan per call, and a session token reads about twenty claims). The parser already refused duplicate
    // names (StrictJson), so each slot is filled at most once; an absent claim leaves its slot Undefined.
    private TopLevelSlots slots;

    public ClaimReader(JsonElement container) : this(container, "", null)
    {
        if (container.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in container.EnumerateObject())
        {
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);
            // An escaped name ("s\u0075b") means the same member as its unescaped spelling, as TryGetProperty has it.
            var slot = raw.Contains((byte)'\\') ? SlotOf(Encoding.UTF8.GetBytes(property.Name)) : SlotOf(raw);
            if (slot >= 0)
            {
                slots[slot] = property.Value;
            }
        }

        indexed = true;
    }

    private ClaimReader(JsonElement container, string prefix, ClaimReader? parent)
    {
        this.container = container;
        this.prefix = prefix;
        this.parent = parent;
    }

    /// <summary>The first type mismatch seen by this reader or any nested one, as a message naming the claim.</summary>
    public string? Problem
    {
        get => parent is null ? problem : parent.Problem;
        private set
        {
            if (parent is not null)
            {
                parent.Problem = value;
            }
            else
            {
                problem ??= value;
            }
        }
    }

    public string? String(string name) => Read(name, JsonValueKind.String, "a string")?.GetString();

    public int? Int32(string name) => Read(name, JsonValueKind.Number, "an integer") is not { } value ? null
        : value.TryGetInt32(out var number) ? number
        : Mismatch<int?>(name, "an integer");

    /// <summary>A reader for the object claim <paramref name="name"/>, or null when it is absent.</summary>
    public ClaimReader? Object(string name) =>
        Read(name, JsonValueKind.Object, "an object") is { } value ? new ClaimReader(value, prefix + name + ".", this) : null;

    public int[]? Int32Pair(string name)
    {
        if (Read(name, JsonValueKind.Array, "an array of two integers") is not { } array)
        {
            return null;
        }

        return array.GetArrayLength() == 2
            && array[0].ValueKind == JsonValueKind.Number && array[0].TryGetInt32(out var first)
            && array[1].ValueKind == JsonValueKind.Number && array[1].TryGetInt32(out var second)
                ? [first, second]
                : Mismatch<int[]?>(name, "an array of two integers");
    }

    public string[]? StringArray(string name)
    {
        if (Read(name, JsonValueKind.Array, "an array of strings") is not { } array)
        {
            return null;
        }

        var strings = new string[array.GetArrayLength()];
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return Mismatch<string[]?>(name, "an array of strings");
            }

            strings[index++] = item.GetString()!;
        }

        return strings;
    }

    /// <summary>Records that a present claim is unusable (for example an object missing a required member).</summary>
    public void Refuse(string message) => Problem = message;

    /// <summary>A top-level member, whatever its type; false when absent (null counts as present here).</summary>
    public bool TryGet(string name, out JsonElement value)
    {
        if (indexed && SlotOf(name) is var slot and >= 0)
        {
            value = slots[slot];
            return value.ValueKind != JsonValueKind.Undefined;
        }

        return container.TryGetProperty(name, out value);
    }

    private JsonElement? Read(string name, JsonValueKind kind, string expected)
    {
        if (!TryGet(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == kind ? value : Mismatch<JsonElement?>(name, expected);
    }

    private T? Mismatch<T>(string name, string expected)
    {
        Problem = $"The {prefix}{name} claim must be {expected}.";
        return default;
    }

    private const int SlotCount = 18;

    private static int SlotOf(string name) => name switch
    {
        "sub" => 0, "exp" => 1, "nbf" => 2, "iat" => 3, "v" => 4, "fea" => 5, "sid" => 6, "sts" => 7, "azp" => 8,
        "iss" => 9, "fva" => 10, "act" => 11, "pla" => 12, "o" => 13, "org_id" => 14, "org_slug" => 15,
        "org_role" => 16, "org_permissions" => 17, _ => -1,
    };

    private static int SlotOf(ReadOnlySpan<byte> name)
    {
        switch (name.Length)
        {
            case 1:
                return name[0] switch { (byte)'v' => 4, (byte)'o' => 13, _ => -1 };
            case 3:
                return (name[0] << 16 | name[1] << 8 | name[2]) switch
                {
                    's' << 16 | 'u' << 8 | 'b' => 0,
                    'e' << 16 | 'x' << 8 | 'p' => 1,
                    'n' << 16 | 'b' << 8 | 'f' => 2,
                    'i' << 16 | 'a' << 8 | 't' => 3,
                    'f' << 16 | 'e' << 8 | 'a' => 5,
                    's' << 16 | 'i' << 8 | 'd' => 6,
                    's' << 16 | 't' << 8 | 's' => 7,
                    'a' << 16 | 'z' << 8 | 'p' => 8,
                    'i' << 16 | 's' << 8 | 's' => 9,
                    'f' << 16 | 'v' << 8 | 'a' => 10,
                    'a' << 16 | 'c' << 8 | 't' => 11,
                    'p' << 16 | 'l' << 8 | 'a' => 12,
                    _ => -1,
                };
            case 6:
                return name.SequenceEqual("org_id"u8) ? 14 : -1;
            case 8:
                return name.SequenceEqual("org_slug"u8) ? 15 : name.SequenceEqual("org_role"u8) ? 16 : -1;
            case 15:
                return name.SequenceEqual("org_permissions"u8) ? 17 : -1;
            default:
                return -1;
        }
    }

    [InlineArray(SlotCount)]
    private struct TopLevelSlots
    {
        private JsonElement first;
    }
}
