using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Binding;

/// <summary>A nullable [FromBody] parameter may be absent; a generic collection is a JSON body like any model.</summary>
public sealed class OptionalAndCollectionBodyTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    public async Task Optional_body_that_is_absent_or_JSON_null_binds_null(string body)
    {
        var response = await client.SendBodyAsync(HttpMethod.Post, "/api/notes", body);

        Assert.Equal("no item", await response.ReadAsync());
    }

    [Fact]
    public async Task Optional_body_without_any_content_binds_null()
    {
        var response = await client.PostAsync("/api/notes", content: null);

        Assert.Equal("no item", await response.ReadAsync());
    }

    [Fact]
    public async Task Optional_body_that_is_present_is_read()
    {
        var response = await client.SendBodyAsync(HttpMethod.Post, "/api/notes", """{"display_name":"memo","quantity":1}""");

        Assert.Equal("item memo", await response.ReadAsync());
    }

    [Fact]
    public async Task Optional_body_that_is_malformed_is_still_400()
    {
        var response = await client.SendBodyAsync(HttpMethod.Post, "/api/notes", "{");

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Item? item\"", (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task Optional_body_that_is_not_JSON_is_still_415()
    {
        var response = await client.SendBodyAsync(HttpMethod.Post, "/api/notes", "memo", "text/plain");

        await response.ReadAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Generic_collection_is_read_as_the_body()
    {
        var response = await client.SendBodyAsync(HttpMethod.Put, "/api/notes",
            """[{"display_name":"a","quantity":2},{"display_name":"b","quantity":3}]""");

        Assert.Equal("5", await response.ReadAsync());
    }
}
