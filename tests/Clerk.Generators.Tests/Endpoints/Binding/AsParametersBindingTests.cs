using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Binding;

/// <summary>
/// [AsParameters] types bound member by member as minimal APIs bind them: through a record's primary constructor
/// (attributes and defaults on its parameters), or a parameterless constructor and settable properties; each member
/// from the route, query, a header, a service or the JSON body, and failing as that parameter would.
/// </summary>
public sealed class AsParametersBindingTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task Members_bind_from_route_query_header_and_services()
    {
        var response = await client.SendAsync(HttpMethod.Get, "/api/search/books?page=2&sort=title&size=10&q=dune",
            ("X-Trace", "t1"));

        Assert.Equal("books page 2 sort title trace t1; size 10 q dune at 2024", await response.ReadAsync());
    }

    [Fact]
    public async Task Absent_members_take_their_constructor_default_or_null()
    {
        var body = await (await client.GetAsync("/api/search/books?size=5")).ReadAsync();

        Assert.Equal("books page 1 sort - trace -; size 5 q - at 2024", body);
    }

    [Theory]
    [InlineData("/api/search/books", "Required parameter \"int Size\" was not provided from query string.")]
    [InlineData("/api/search/books?size=10&page=two", "Failed to bind parameter \"int Page\" from query string value \"two\".")]
    public async Task A_member_that_cannot_be_bound_is_400_naming_it(string path, string detail)
    {
        var response = await client.GetAsync(path);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal(detail, (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task A_struct_members_JSON_body_is_read_beside_a_route_value_and_a_header()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/search/tools")
        {
            Content = new StringContent("""{"display_name":"Saw","quantity":2}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Count", "4");

        Assert.Equal("tools: Saw x2 (4)", await (await client.SendAsync(request)).ReadAsync());
    }

    [Fact]
    public async Task A_missing_body_member_is_400_naming_it()
    {
        var response = await client.SendBodyAsync(HttpMethod.Post, "/api/search/tools", "");

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Required parameter \"Item Entry\" was not provided from the request body.",
            (await Problem.ReadAsync(response)).Detail);
    }
}
