using System.Text.Json.Nodes;
using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Parity;

/// <summary>
/// What a handler says about itself reaches its OpenAPI operation: <c>[Tags]</c>, <c>[EndpointSummary]</c>,
/// <c>[EndpointDescription]</c>, <c>[ProducesResponseType]</c>, and its XML <c>&lt;summary&gt;</c> as the summary.
/// </summary>
public sealed class OpenApiAnnotationTests(TwinsApp app) : IClassFixture<TwinsApp>
{
    [Fact]
    public async Task Xml_summary_is_the_operations_summary_as_plain_text()
    {
        var operation = await OperationAsync("get");

        Assert.Equal("Finds the Widget named by name, or answers 404.", (string?)operation["summary"]);
    }

    [Fact]
    public async Task Endpoint_attributes_are_in_the_operation()
    {
        var operation = await OperationAsync("get");

        Assert.Equal("""["widgets","catalog"]""", operation["tags"]!.ToJsonString());
        Assert.Equal("Looks the widget up by its display name.", (string?)operation["description"]);
        Assert.NotNull(operation["responses"]!["404"]);
    }

    [Fact]
    public async Task Handler_without_Tags_is_tagged_with_its_routes_folder()
    {
        var operation = await OperationAsync("post");

        Assert.Equal("""["documented"]""", operation["tags"]!.ToJsonString());
    }

    [Fact]
    public async Task EndpointSummary_attribute_wins_over_the_comment()
    {
        var operation = await OperationAsync("post");

        Assert.Equal("The attribute's summary", (string?)operation["summary"]);
    }

    private async Task<JsonNode> OperationAsync(string method) =>
        (await app.OpenApiDocumentAsync())["paths"]!["/api/documented"]![method]!;
}
