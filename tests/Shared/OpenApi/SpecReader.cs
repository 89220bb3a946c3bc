using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace Clerk.Tests.OpenApi;

/// <summary>Reads an OpenAPI 3.0 YAML document the way Clerk's spec means it.</summary>
public static partial class SpecReader
{
    /// <summary>
    /// The extension that marks a schema written with <c>nullable: true</c>. Microsoft.OpenApi 3.x keeps
    /// <c>nullable</c> only as a Null flag on <c>type</c>, and drops it where the schema has no <c>type</c> (strict
    /// OpenAPI 3.0.3). Clerk's spec writes every nullable reference that way (<c>nullable: true</c> beside
    /// <c>allOf: [$ref]</c>, e.g. <c>User.scim</c>, <c>EmailAddress.verification</c>) and Clerk's API sends null
    /// there, so the marker keeps that intent for <see cref="SchemaValidator"/>.
    /// </summary>
    public const string NullableMarker = "x-clerk-tests-nullable";

    /// <summary>Parses <paramref name="yaml"/>, failing with the reader's errors.</summary>
    public static OpenApiDocument Read(string yaml)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        // Every `nullable: true` in the spec is a line of its own (block style), so a line rewrite finds them all.
        var marked = NullableLine().Replace(yaml, match => $"{match.Value}\n{match.Groups["indent"].Value}{NullableMarker}: true");
        var result = OpenApiModelFactory.Parse(marked, OpenApiConstants.Yaml, settings);
        if (result.Document is null || result.Diagnostic?.Errors.Count > 0)
        {
            throw new InvalidDataException(
                "The OpenAPI document did not parse: " +
                string.Join("; ", result.Diagnostic?.Errors.Select(error => error.ToString()) ?? []));
        }

        return result.Document;
    }

    /// <summary>The schema admits null: <c>nullable: true</c>, with or without a <c>type</c>.</summary>
    public static bool IsNullable(IOpenApiSchema schema) =>
        (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null)) ||
        (schema.Extensions?.ContainsKey(NullableMarker) ?? false);

    [GeneratedRegex(@"^(?<indent>[ ]*)nullable:[ ]*true[ ]*$", RegexOptions.Multiline)]
    private static partial Regex NullableLine();
}
