using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Api;

/// <summary>Refusals come in Clerk's error body: errors[code, message, long_message, meta] and clerk_trace_id.</summary>
public sealed class ErrorShapeTests(SharedEmulator shared) : IClassFixture<SharedEmulator>, IDisposable
{
    private readonly ClerkEmulator emulator = shared.Emulator;
    private readonly EmulatorApi api = new(shared.Emulator);

    public void Dispose() => api.Dispose();

    [Fact]
    public async Task A_missing_secret_key_is_401_authentication_invalid()
    {
        using var anonymous = new HttpClient { BaseAddress = emulator.ApiUrl };
        using var response = await anonymous.GetAsync("v1/users");
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("authentication_invalid", body["errors"]![0]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["clerk_trace_id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_wrong_secret_key_is_401()
    {
        using var wrong = new EmulatorApi(emulator, "sk_test_wrong");

        var answer = await wrong.GetAsync("/v1/jwks");

        Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
        Assert.Equal("authentication_invalid", answer.ErrorCode);
    }

    [Fact]
    public async Task An_unknown_user_is_404_resource_not_found_with_every_error_field()
    {
        var answer = await api.GetAsync("/v1/users/user_does_not_exist");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        var error = answer.Json["errors"]![0]!;
        Assert.Equal("resource_not_found", error["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(error["long_message"]!.GetValue<string>()));
        Assert.NotNull(answer.Json["clerk_trace_id"]);
    }

    [Fact]
    public async Task An_unknown_path_under_v1_is_a_Clerk_404()
    {
        var answer = await api.GetAsync("/v1/no_such_resource");

        Assert.Equal(HttpStatusCode.NotFound, answer.Status);
        Assert.Equal("resource_not_found", answer.ErrorCode);
    }

    [Fact]
    public async Task Malformed_JSON_is_400_malformed_request()
    {
        var answer = await api.PostAsync("/v1/users", "{\"email_address\": [");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("malformed_request", answer.ErrorCode);
    }

    [Fact]
    public async Task A_missing_required_parameter_is_422_form_param_missing_naming_it()
    {
        var answer = await api.PostAsync("/v1/organizations", "{}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("form_param_missing", answer.ErrorCode);
        Assert.Equal("name", answer.ErrorParam);
    }

    [Fact]
    public async Task A_malformed_email_is_422_form_param_format_invalid()
    {
        var answer = await api.PostAsync("/v1/users", """{"email_address":["not-an-email"]}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("form_param_format_invalid", answer.ErrorCode);
        Assert.Equal("email_address", answer.ErrorParam);
    }

    [Fact]
    public async Task A_taken_email_is_422_form_identifier_exists()
    {
        await api.CreateUserAsync("""{"email_address":["taken@example.com"]}""");

        var answer = await api.PostAsync("/v1/users", """{"email_address":["TAKEN@example.com"]}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("form_identifier_exists", answer.ErrorCode);
        Assert.Equal("email_address", answer.ErrorParam);
    }

    [Theory]
    [InlineData("public_metadata")]
    [InlineData("private_metadata")]
    [InlineData("unsafe_metadata")]
    public async Task Updating_a_user_refuses_metadata_from_API_version_2026_05_12(string field)
    {
        var id = await api.CreateUserAsync($$"""{"email_address":["meta-{{field}}@example.com"]}""");

        var answer = await api.PatchAsync($"/v1/users/{id}", $$$"""{"first_name":"Ann","{{{field}}}":{"a":1}}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("form_param_unknown", answer.ErrorCode);
        Assert.Equal(field, answer.ErrorParam);
        Assert.Null((await api.GetAsync($"/v1/users/{id}")).Json["first_name"]);
    }

    [Fact]
    public async Task Updating_an_organization_refuses_metadata()
    {
        var org = await emulator.CreateOrganizationAsync("Meta Org", "meta-org");

        var answer = await api.PatchAsync($"/v1/organizations/{org.Id}", """{"public_metadata":{"a":1}}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("form_param_unknown", answer.ErrorCode);
    }
}
