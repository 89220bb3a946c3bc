using Microsoft.OpenApi;

namespace Clerk.Tests.OpenApi;

/// <summary>The property names an object schema allows, gathered through its compositions.</summary>
public static class SchemaProperties
{
    /// <summary>
    /// The names under <c>properties</c> of <paramref name="schema"/> and of every schema it composes with
    /// <c>allOf</c>, <c>oneOf</c> or <c>anyOf</c> (references are followed), in first-seen order; empty for null.
    /// </summary>
    public static IReadOnlyList<string> Names(IOpenApiSchema? schema)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Collect(schema, names, seen, depth: 0);
        return names;
    }

    /// <summary>The schema of property <paramref name="name"/>, found the same way as <see cref="Names"/>, or null.</summary>
    public static IOpenApiSchema? Property(IOpenApiSchema? schema, string name)
    {
        if (schema is null)
        {
            return null;
        }

        if (schema.Properties is { } properties && properties.TryGetValue(name, out var property))
        {
            return property;
        }

        return Composed(schema).Select(part => Property(part, name)).FirstOrDefault(found => found is not null);
    }

    private static void Collect(IOpenApiSchema? schema, List<string> names, HashSet<string> seen, int depth)
    {
        // Compositions in Clerk's spec are shallow; the bound only guards against a self-referencing allOf.
        if (schema is null || depth > 16)
        {
            return;
        }

        foreach (var name in schema.Properties?.Keys ?? [])
        {
            if (seen.Add(name))
            {
                names.Add(name);
            }
        }

        foreach (var part in Composed(schema))
        {
            Collect(part, names, seen, depth + 1);
        }
    }

    private static IEnumerable<IOpenApiSchema> Composed(IOpenApiSchema schema) =>
        (schema.AllOf ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []);
}
