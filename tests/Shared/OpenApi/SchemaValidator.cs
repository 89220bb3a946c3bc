using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Clerk.Tests.OpenApi;

/// <summary>
/// Checks a JSON instance against an OpenAPI 3.0 schema as Clerk's spec uses it: <c>type</c>, <c>nullable</c>,
/// <c>required</c>, <c>properties</c>, <c>additionalProperties</c>, <c>items</c>, <c>enum</c>, <c>allOf</c>,
/// <c>oneOf</c> and <c>anyOf</c>. Other keywords (lengths, patterns, bounds, formats beyond integers) are not
/// checked: the aim is the wire shape, not the value rules. Read schemas with <see cref="SpecReader"/>, so that
/// <c>nullable: true</c> beside an <c>allOf</c> admits null as Clerk means it.
/// </summary>
/// <param name="EnforceEnums">
/// Whether a value outside an <c>enum</c> is an error. Clerk tells clients to tolerate unknown enum values, so a
/// client-side check may turn this off; a server (the emulator) must only emit the values the spec lists.
/// </param>
public sealed record SchemaValidator(bool EnforceEnums = true)
{
    // The reader keeps `nullable: true` as a Null flag on Type; the remaining flags are the instance types allowed.
    private const JsonSchemaType AnyType = JsonSchemaType.Null | JsonSchemaType.Boolean | JsonSchemaType.Integer |
        JsonSchemaType.Number | JsonSchemaType.String | JsonSchemaType.Object | JsonSchemaType.Array;

    /// <summary>The errors of <paramref name="instance"/> against <paramref name="schema"/>, each as "$.path: why".</summary>
    public IReadOnlyList<string> Validate(JsonElement instance, IOpenApiSchema schema)
    {
        var errors = new List<string>();
        Validate(instance, schema, "$", errors);
        return errors;
    }

    private void Validate(JsonElement instance, IOpenApiSchema schema, string path, List<string> errors)
    {
        var type = schema.Type;
        if (instance.ValueKind == JsonValueKind.Null && SpecReader.IsNullable(schema))
        {
            // `nullable: true` admits null before anything else applies, including an allOf of a non-null schema.
            return;
        }

        // `nullable: true` alone (no `type`) leaves only the Null flag: it constrains nothing else.
        if (type is { } declared && (declared & AnyType & ~JsonSchemaType.Null) != 0 && !HasType(instance, declared))
        {
            errors.Add($"{path}: expected {Describe(declared)}, got {Describe(instance)}");
            return;
        }

        if (EnforceEnums && schema.Enum is { Count: > 0 } allowed && !InEnum(instance, allowed))
        {
            errors.Add($"{path}: {instance.GetRawText()} is not one of [{string.Join(", ", allowed.Select(value => value?.ToJsonString() ?? "null"))}]");
        }

        switch (instance.ValueKind)
        {
            case JsonValueKind.Object:
                ValidateObject(instance, schema, path, errors);
                break;
            case JsonValueKind.Array when schema.Items is { } items:
                var index = 0;
                foreach (var item in instance.EnumerateArray())
                {
                    Validate(item, items, $"{path}[{index++}]", errors);
                }

                break;
        }

        ValidateCompositions(instance, schema, path, errors);
    }

    private void ValidateObject(JsonElement instance, IOpenApiSchema schema, string path, List<string> errors)
    {
        foreach (var name in schema.Required ?? new HashSet<string>())
        {
            if (!instance.TryGetProperty(name, out _))
            {
                errors.Add($"{path}: required property '{name}' is missing");
            }
        }

        var properties = schema.Properties;
        foreach (var property in instance.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (properties is not null && properties.TryGetValue(property.Name, out var propertySchema))
            {
                Validate(property.Value, propertySchema, childPath, errors);
            }
            else if (schema.AdditionalProperties is { } additional)
            {
                Validate(property.Value, additional, childPath, errors);
            }
            else if (!schema.AdditionalPropertiesAllowed)
            {
                errors.Add($"{childPath}: property is not in the schema (additionalProperties: false)");
            }
        }
    }

    private void ValidateCompositions(JsonElement instance, IOpenApiSchema schema, string path, List<string> errors)
    {
        foreach (var part in schema.AllOf ?? [])
        {
            Validate(instance, part, path, errors);
        }

        if (schema.AnyOf is { Count: > 0 } anyOf)
        {
            var attempts = anyOf.Select(part => Attempt(instance, part, path)).ToList();
            if (attempts.All(attempt => attempt.Count > 0))
            {
                errors.Add($"{path}: matches none of anyOf: {Explain(attempts)}");
            }
        }

        if (schema.OneOf is { Count: > 0 } oneOf)
        {
            var attempts = oneOf.Select(part => Attempt(instance, part, path)).ToList();
            var matches = attempts.Count(attempt => attempt.Count == 0);
            if (matches == 0)
            {
                errors.Add($"{path}: matches none of oneOf: {Explain(attempts)}");
            }
            else if (matches > 1)
            {
                errors.Add($"{path}: matches {matches} of oneOf's schemas, exactly one is allowed");
            }
        }
    }

    private List<string> Attempt(JsonElement instance, IOpenApiSchema schema, string path)
    {
        var errors = new List<string>();
        Validate(instance, schema, path, errors);
        return errors;
    }

    private static bool HasType(JsonElement instance, JsonSchemaType type) => instance.ValueKind switch
    {
        JsonValueKind.Object => type.HasFlag(JsonSchemaType.Object),
        JsonValueKind.Array => type.HasFlag(JsonSchemaType.Array),
        JsonValueKind.String => type.HasFlag(JsonSchemaType.String),
        JsonValueKind.True or JsonValueKind.False => type.HasFlag(JsonSchemaType.Boolean),
        // An integer is also a number; `format: int64` needs nothing more than an integral value.
        JsonValueKind.Number => type.HasFlag(JsonSchemaType.Number) ||
            (type.HasFlag(JsonSchemaType.Integer) && IsIntegral(instance)),
        JsonValueKind.Null => type.HasFlag(JsonSchemaType.Null),
        _ => false,
    };

    private static bool IsIntegral(JsonElement number) =>
        number.TryGetInt64(out _) ||
        (decimal.TryParse(number.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) &&
         value == decimal.Truncate(value));

    private static bool InEnum(JsonElement instance, IList<JsonNode> allowed)
    {
        var node = JsonNode.Parse(instance.GetRawText());
        return allowed.Any(value => JsonNode.DeepEquals(value, node));
    }

    private static string Explain(List<List<string>> attempts) =>
        string.Join(" | ", attempts.Select((attempt, i) => $"#{i}: {string.Join("; ", attempt.Take(3))}"));

    private static string Describe(JsonSchemaType type) =>
        string.Join(" or ", Enum.GetValues<JsonSchemaType>()
            .Where(flag => flag != 0 && type.HasFlag(flag))
            .Select(flag => flag.ToString().ToLowerInvariant()));

    private static string Describe(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => IsIntegral(instance) ? "integer" : "number",
        var kind => kind.ToString().ToLowerInvariant(),
    };
}
