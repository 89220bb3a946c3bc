using System.Text.Json;
using Clerk.Tests.OpenApi;

namespace Clerk.Emulator.Tests.Conformance;

/// <summary>
/// The emulator's refusals: each status is one the spec lists for the operation, and each body is Clerk's
/// <c>ClerkErrors</c> with a code, a message and a long message.
/// </summary>
public sealed class ErrorsConformanceTests
{
    public static TheoryData<string, string, string?, int, string> Refusals => new()
    {
        // method, path, raw body, status, error code
        { "GET", "/v1/users/user_2doesnotexist000000000000", null, 404, "resource_not_found" },
        { "GET", "/v1/organizations/org_2doesnotexist000000000000", null, 404, "resource_not_found" },
        { "GET", "/v1/sessions/sess_2doesnotexist000000000000", null, 404, "resource_not_found" },
        { "PATCH", "/v1/users/user_2doesnotexist000000000000", """{"first_name":"x"}""", 404, "resource_not_found" },
        { "POST", "/v1/users", """{"first_name":""", 400, "malformed_request" },
        { "POST", "/v1/jwt_templates", """{"name":"no-claims"}""", 422, "form_param_missing" },
        { "POST", "/v1/sessions", "{}", 422, "form_param_missing" },
        { "POST", "/v1/users", """{"email_address":["not an email"]}""", 422, "form_param_format_invalid" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Refusals_are_listed_statuses_with_Clerks_error_body(string method, string path, string? body, int status, string code)
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator);

        await api.RunAsync(async () =>
        {
            var errors = await api.SendRawAsync(new HttpMethod(method), path, body, expect: status);

            AssertClerkError(errors, code);
        });
    }

    [Fact]
    public async Task A_wrong_secret_key_is_a_401_with_Clerks_error_body()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator, secretKey: "sk_test_wrong");

        await api.RunAsync(async () =>
        {
            var errors = await api.GetAsync("/v1/users", expect: 401);

            AssertClerkError(errors, "authentication_invalid");
        });
    }

    private static void AssertClerkError(JsonElement body, string code)
    {
        Assert.Empty(new SchemaValidator().Validate(body, ClerkSpec.Schema("ClerkErrors")));
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("message").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("long_message").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("clerk_trace_id").GetString()));
    }
}
