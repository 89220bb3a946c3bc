using System.Text.Json;
using Clerk.Tests.OpenApi;

namespace Clerk.Emulator.Tests.Conformance;

/// <summary>The spec reader finds what the conformance tests and the client contract test look up.</summary>
public sealed class ClerkSpecTests
{
    [Theory]
    [InlineData("GET", "/users/{id}", "/users/{user_id}")]
    [InlineData("get", "/v1/users/user_2abc?limit=3", "/users/{user_id}")]
    [InlineData("GET", "/users/count", "/users/count")]
    [InlineData("POST", "/sessions/{sid}/tokens/{name}", "/sessions/{session_id}/tokens/{template_name}")]
    [InlineData("PATCH", "/users/{id}/metadata", "/users/{user_id}/metadata")]
    public void Finds_operations_whatever_the_caller_names_the_parameters(string method, string path, string template)
    {
        Assert.Equal(template, ClerkSpec.GetOperation(method, path).PathTemplate);
    }

    [Fact]
    public void A_caller_parameter_does_not_match_a_literal_segment()
    {
        Assert.Null(ClerkSpec.FindOperation("DELETE", "/users/{id}/count"));
        Assert.Null(ClerkSpec.FindOperation("TRACE", "/users"));
    }

    [Fact]
    public void Exposes_parameter_names_body_properties_and_responses()
    {
        var update = ClerkSpec.GetOperation("PATCH", "/users/{id}");
        var list = ClerkSpec.GetOperation("GET", "/users");

        Assert.Equal("UpdateUser", update.OperationId);
        Assert.Equal(["user_id"], update.PathParameterNames);
        Assert.Contains("first_name", update.RequestBodyPropertyNames);
        Assert.Contains("email_address", list.QueryParameterNames);
        Assert.Contains("limit", list.QueryParameterNames);
        Assert.Contains("200", update.ResponseStatusCodes);
        Assert.True(update.HasResponse(404));
        Assert.False(update.HasResponse(201));
        Assert.Contains("private_metadata", update.ResponsePropertyNames(200));
        Assert.Equal(["errors", "meta", "clerk_trace_id"], update.ResponsePropertyNames(422));
    }

    [Fact]
    public void The_error_schema_accepts_Clerks_documented_error_shape()
    {
        using var body = JsonDocument.Parse("""
            { "errors": [ { "code": "resource_not_found", "message": "not found", "long_message": "No user was found",
                            "meta": {} } ],
              "clerk_trace_id": "trace_1" }
            """);

        Assert.Empty(new SchemaValidator().Validate(body.RootElement, ClerkSpec.Schema("ClerkErrors")));
    }

    [Fact]
    public void A_nullable_reference_admits_null_and_still_checks_an_object()
    {
        // `scim: { nullable: true, allOf: [$ref: SCIMUserMetadata] }`: the reader alone would drop the nullable.
        var scim = SchemaProperties.Property(ClerkSpec.Schema("User"), "scim")!;
        using var missing = JsonDocument.Parse("null");
        using var wrong = JsonDocument.Parse("\"scim\"");

        Assert.Empty(new SchemaValidator().Validate(missing.RootElement, scim));
        Assert.NotEmpty(new SchemaValidator().Validate(wrong.RootElement, scim));
    }
}
