using System.Text.Json;
using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Responses;

/// <summary>
/// JSON in and out goes through the app's <c>ConfigureHttpJsonOptions</c>: the fixture sets a snake_case naming
/// policy, which the framework's web defaults (camelCase) would never produce.
/// </summary>
public sealed class JsonOptionsTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    [Theory]
    [InlineData("/api/returns/json")]
    [InlineData("/api/returns/object")]
    [InlineData("/api/returns/task-of-t")]
    [InlineData("/api/returns/result")]
    public async Task Written_JSON_uses_the_app_naming_policy(string path)
    {
        var response = await client.GetAsync(path);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var names = document.RootElement.EnumerateObject().Select(property => property.Name).ToArray();
        Assert.Equal(["display_name", "part_count"], names);
    }

    [Fact]
    public async Task Read_JSON_uses_the_app_naming_policy()
    {
        // Under camelCase "display_name" would not match DisplayName, and the record would get a null name.
        var response = await client.SendBodyAsync(HttpMethod.Patch, "/api/items", """{"display_name":"nut","quantity":8}""");

        Assert.Equal("nut x8 at 2024-01-02", await response.ReadAsync());
    }
}
