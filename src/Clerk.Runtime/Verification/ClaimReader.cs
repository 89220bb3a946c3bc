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
    private string? problem;

    public ClaimReader(JsonElement container) : this(container, "", null)
    {
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

    private JsonElement? Read(string name, JsonValueKind kind, string expected)
    {
        if (!container.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
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
}
