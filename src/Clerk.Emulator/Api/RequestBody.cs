using System.Text.Json;
using System.Text.Json.Nodes;

namespace Clerk.Emulator.Api;

/// <summary>
/// A request's JSON body, read as a <see cref="JsonObject"/> so absent, null and wrongly typed parameters can each be
/// answered the way Clerk answers them (422 with <c>meta.param_name</c>).
/// </summary>
internal sealed class RequestBody(JsonObject json)
{
    /// <summary>
    /// Reads the body; an empty body is an empty object. Parameters outside <paramref name="allowed"/> are refused,
    /// since Clerk's request schemas forbid additional properties.
    /// </summary>
    public static async Task<RequestBody> ReadAsync(HttpRequest request, params string[] allowed)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RequestBody([]);
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw ApiError.MalformedRequest(e.Message);
        }

        if (node is not JsonObject json)
        {
            throw ApiError.MalformedRequest("the body is not a JSON object");
        }

        if (allowed.Length > 0)
        {
            foreach (var (name, _) in json)
            {
                if (!allowed.Contains(name, StringComparer.Ordinal))
                {
                    throw ApiError.Unknown(name);
                }
            }
        }

        return new RequestBody(json);
    }

    /// <summary>Whether the parameter was sent at all, null included.</summary>
    public bool Has(string name) => json.ContainsKey(name);

    public string? String(string name) => json[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? text) => text,
        _ => throw ApiError.FormatInvalid(name, $"{name} must be a string."),
    };

    public string RequiredString(string name) =>
        String(name) is { Length: > 0 } text ? text : throw ApiError.Missing(name);

    public bool? Bool(string name) => json[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out bool flag) => flag,
        _ => throw ApiError.FormatInvalid(name, $"{name} must be a boolean."),
    };

    public long? Long(string name) => json[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out long number) => number,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out double real) && real == Math.Floor(real) => (long)real,
        _ => throw ApiError.FormatInvalid(name, $"{name} must be an integer."),
    };

    public double? Number(string name) => json[name] switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<double>(),
        _ => throw ApiError.FormatInvalid(name, $"{name} must be a number."),
    };

    /// <summary>A JSON object parameter, detached from the body so it can be stored.</summary>
    public JsonObject? Object(string name) => json[name] switch
    {
        null => null,
        JsonObject value => (JsonObject)value.DeepClone(),
        _ => throw ApiError.FormatInvalid(name, $"{name} must be an object."),
    };

    /// <summary>Any JSON value, detached from the body.</summary>
    public JsonNode? Node(string name) => json[name]?.DeepClone();

    /// <summary>An array of strings; a single string counts as a one-element array.</summary>
    public List<string>? Strings(string name) => json[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue(out string? single) => [single],
        JsonArray array when array.All(item => item is JsonValue v && v.TryGetValue(out string? _)) =>
            array.Select(item => item!.GetValue<string>()).ToList(),
        _ => throw ApiError.FormatInvalid(name, $"{name} must be an array of strings."),
    };
}
