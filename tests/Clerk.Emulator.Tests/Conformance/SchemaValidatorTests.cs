using System.Text.Json;
using Clerk.Tests.OpenApi;
using Microsoft.OpenApi;

namespace Clerk.Emulator.Tests.Conformance;

/// <summary>
/// The validator on small schemas written in the spec's own dialect (OpenAPI 3.0 YAML, read by the same reader as
/// Clerk's spec), so `nullable`, `$ref` and `additionalProperties` mean here what they mean there.
/// </summary>
public sealed class SchemaValidatorTests
{
    private const string Components = """
        openapi: 3.0.3
        info: { title: validator tests, version: '1' }
        paths: {}
        components:
          schemas:
            Email:
              type: object
              additionalProperties: false
              required: [id, email_address]
              properties:
                id: { type: string }
                email_address: { type: string }
                verification:
                  nullable: true
                  allOf:
                    - $ref: '#/components/schemas/Verification'
            Verification:
              type: object
              required: [status]
              properties:
                status: { type: string, enum: [verified, unverified] }
            User:
              type: object
              required: [id, created_at, email_addresses]
              properties:
                id: { type: string }
                first_name: { type: string, nullable: true }
                created_at: { type: integer, format: int64 }
                banned: { type: boolean }
                score: { type: number }
                email_addresses:
                  type: array
                  items: { $ref: '#/components/schemas/Email' }
                public_metadata:
                  type: object
                  additionalProperties: true
                counts:
                  type: object
                  additionalProperties: { type: integer }
                claims:
                  nullable: true
            Token:
              oneOf:
                - type: object
                  required: [jwt]
                  properties: { jwt: { type: string } }
                - type: object
                  required: [secret]
                  properties: { secret: { type: string } }
            Id:
              anyOf:
                - { type: string }
                - { type: integer }
        """;

    private static readonly OpenApiDocument Document = SpecReader.Read(Components);

    private static IOpenApiSchema Schema(string name) => Document.Components!.Schemas![name];

    private static IReadOnlyList<string> Validate(string schema, string json, bool enforceEnums = true)
    {
        using var document = JsonDocument.Parse(json);
        return new SchemaValidator(enforceEnums).Validate(document.RootElement, Schema(schema));
    }

    [Fact]
    public void A_conforming_user_has_no_errors()
    {
        var errors = Validate("User", """
            { "id": "user_1", "first_name": null, "created_at": 1735689600000, "banned": false, "score": 1.5,
              "email_addresses": [ { "id": "idn_1", "email_address": "a@b.c", "verification": { "status": "verified" } },
                                   { "id": "idn_2", "email_address": "d@e.f", "verification": null } ],
              "public_metadata": { "anything": { "goes": [1, "two"] } }, "counts": { "a": 1 }, "claims": { "x": 1 },
              "unlisted": "properties are allowed unless additionalProperties is false" }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void Wrong_types_are_reported_with_their_path()
    {
        var errors = Validate("User", """
            { "id": 7, "created_at": "1735689600000", "banned": "no", "score": "high", "email_addresses": {} }
            """);

        Assert.Equal(
            [
                "$.id: expected string, got number",
                "$.created_at: expected integer, got string",
                "$.banned: expected boolean, got string",
                "$.score: expected number, got string",
                "$.email_addresses: expected array, got object",
            ],
            errors.Select(error => error.Replace("got integer", "got number")));
    }

    [Theory]
    [InlineData("1.5", "$.created_at: expected integer, got number")]
    [InlineData("null", "$.created_at: expected integer, got null")]
    public void Int64_needs_an_integral_non_null_number(string createdAt, string expected)
    {
        var errors = Validate("User", $$"""{ "id": "u", "created_at": {{createdAt}}, "email_addresses": [] }""");

        Assert.Equal([expected], errors);
    }

    [Fact]
    public void Int64_accepts_values_beyond_int32_and_whole_numbers_written_with_a_fraction()
    {
        Assert.Empty(Validate("User", """{ "id": "u", "created_at": 9007199254740993, "email_addresses": [] }"""));
        Assert.Empty(Validate("User", """{ "id": "u", "created_at": 2.0, "email_addresses": [] }"""));
    }

    [Fact]
    public void Missing_required_properties_are_reported()
    {
        var errors = Validate("User", """{ "email_addresses": [ { "id": "idn_1" } ] }""");

        Assert.Equal(
            [
                "$: required property 'id' is missing",
                "$: required property 'created_at' is missing",
                "$.email_addresses[0]: required property 'email_address' is missing",
            ],
            errors);
    }

    [Fact]
    public void Additional_properties_false_rejects_unknown_names_and_a_schema_constrains_them()
    {
        var errors = Validate("User", """
            { "id": "u", "created_at": 1, "counts": { "a": "one" },
              "email_addresses": [ { "id": "i", "email_address": "e", "extra": true } ] }
            """);

        Assert.Equal(
            [
                "$.counts.a: expected integer, got string",
                "$.email_addresses[0].extra: property is not in the schema (additionalProperties: false)",
            ],
            errors);
    }

    [Fact]
    public void Nullable_allOf_admits_null_but_checks_a_present_object()
    {
        Assert.Empty(Validate("Email", """{ "id": "i", "email_address": "e", "verification": null }"""));

        var errors = Validate("Email", """{ "id": "i", "email_address": "e", "verification": {} }""");

        Assert.Equal(["$.verification: required property 'status' is missing"], errors);
    }

    [Fact]
    public void Null_is_refused_where_the_schema_is_not_nullable()
    {
        var errors = Validate("User", """{ "id": null, "created_at": 1, "email_addresses": [ null ] }""");

        Assert.Equal(
            ["$.id: expected string, got null", "$.email_addresses[0]: expected object, got null"],
            errors);
    }

    [Fact]
    public void Unknown_enum_values_are_errors_unless_enums_are_not_enforced()
    {
        const string json = """{ "id": "i", "email_address": "e", "verification": { "status": "transferable" } }""";

        Assert.Equal(
            ["$.verification.status: \"transferable\" is not one of [\"verified\", \"unverified\"]"],
            Validate("Email", json));
        Assert.Empty(Validate("Email", json, enforceEnums: false));
    }

    [Theory]
    [InlineData("""{ "jwt": "a.b.c" }""", "")]
    [InlineData("""{ "secret": "s" }""", "")]
    [InlineData("""{ "neither": 1 }""", "$: matches none of oneOf")]
    [InlineData("""{ "jwt": "a.b.c", "secret": "s" }""", "$: matches 2 of oneOf's schemas, exactly one is allowed")]
    public void OneOf_needs_exactly_one_match(string json, string expectedPrefix)
    {
        var errors = Validate("Token", json);

        if (expectedPrefix.Length == 0)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.StartsWith(expectedPrefix, Assert.Single(errors));
        }
    }

    [Theory]
    [InlineData("\"user_1\"", true)]
    [InlineData("42", true)]
    [InlineData("true", false)]
    public void AnyOf_needs_at_least_one_match(string json, bool valid)
    {
        var errors = Validate("Id", json);

        Assert.Equal(valid, errors.Count == 0);
    }

}
