using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Binding;

/// <summary>JSON bodies: [FromBody] and unannotated complex types on POST, PUT and PATCH, and every way they fail.</summary>
public sealed class BodyBindingTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private const string Bolt = """{"display_name":"bolt","quantity":3}""";

    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task FromBody_parameter_is_read_as_JSON_on_POST()
    {
        var response = await client.SendBodyAsync(HttpMethod.Post, "/api/items", Bolt);

        Assert.Equal(Bolt, await response.ReadAsync(HttpStatusCode.Created));
        Assert.Equal("/api/items/bolt", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unannotated_complex_parameter_is_the_body_on_PUT()
    {
        var response = await client.SendBodyAsync(HttpMethod.Put, "/api/items", Bolt);

        Assert.Equal("""{"display_name":"bolt","quantity":30}""", await response.ReadAsync());
    }

    [Fact]
    public async Task Unannotated_complex_parameter_is_the_body_on_PATCH_and_an_interface_is_a_service()
    {
        var response = await client.SendBodyAsync(HttpMethod.Patch, "/api/items", Bolt);

        Assert.Equal("bolt x3 at 2024-01-02", await response.ReadAsync());
    }

    [Fact]
    public async Task JSON_content_type_with_charset_and_a_json_suffix_are_accepted()
    {
        var withCharset = await client.SendBodyAsync(HttpMethod.Put, "/api/items", Bolt, "application/json; charset=utf-8");
        var withSuffix = await client.SendBodyAsync(HttpMethod.Put, "/api/items", Bolt, "application/merge-patch+json");

        await withCharset.ReadAsync();
        await withSuffix.ReadAsync();
    }

    [Theory]
    [InlineData("""{"display_name":""")]
    [InlineData("""{"display_name":"bolt","quantity":"many"}""")]
    [InlineData("not json")]
    public async Task Malformed_JSON_is_400_naming_the_parameter(string body)
    {
        var response = await client.SendBodyAsync(HttpMethod.Post, "/api/items", body);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Contains("Item item\"", problem.Detail);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Body_of_a_content_type_the_endpoint_does_not_accept_is_routings_415_as_for_minimal_APIs(string contentType)
    {
        // The endpoint accepts application/json (its AcceptsMetadata), so routing answers before the handler does.
        var response = await client.SendBodyAsync(HttpMethod.Post, "/api/items", Bolt, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Body_without_a_content_type_is_415_naming_the_parameter()
    {
        var response = await client.SendBodyAsync(HttpMethod.Post, "/api/items", Bolt, contentType: null);

        await response.ReadAsync(HttpStatusCode.UnsupportedMediaType);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(415, problem.Status);
        Assert.Contains("Item item\"", problem.Detail);
    }

    [Fact]
    public async Task Missing_required_body_is_400_naming_the_parameter()
    {
        var response = await client.SendBodyAsync(HttpMethod.Post, "/api/items", "");

        await response.ReadAsync(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        Assert.Contains("Item item\"", problem.Detail);
        Assert.Contains("request body", problem.Detail);
    }

    [Fact]
    public async Task Request_without_any_content_is_400_for_a_required_body()
    {
        var response = await client.PutAsync("/api/items", content: null);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Item item\"", (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task JSON_null_for_a_required_body_is_400()
    {
        var response = await client.SendBodyAsync(HttpMethod.Post, "/api/items", "null");

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Item item\"", (await Problem.ReadAsync(response)).Detail);
    }
}
