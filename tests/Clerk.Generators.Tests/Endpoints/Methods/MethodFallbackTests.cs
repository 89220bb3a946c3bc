using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Methods;

/// <summary>Next.js's automatic methods: HEAD from GET, OPTIONS 204 with a sorted Allow, 405 with Allow for the rest.</summary>
public sealed class MethodFallbackTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    [Theory]
    [InlineData("/api/users/42")]
    [InlineData("/api/returns/text")]
    public async Task HEAD_is_served_from_GET_with_no_body_and_the_same_content_type(string path)
    {
        var get = await client.GetAsync(path);
        var head = await client.SendAsync(HttpMethod.Head, path);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("", await head.Content.ReadAsStringAsync());
        Assert.NotNull(get.Content.Headers.ContentType);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Fact]
    public async Task HEAD_binds_like_GET()
    {
        var head = await client.SendAsync(HttpMethod.Head, "/api/users/abc");

        Assert.Equal(HttpStatusCode.BadRequest, head.StatusCode);
    }

    [Fact]
    public async Task Declared_HEAD_handler_is_used_instead_of_GET()
    {
        var head = await client.SendAsync(HttpMethod.Head, "/api/ping");

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("declared", head.Headers.GetValues("X-Head").Single());
    }

    [Theory]
    [InlineData("/api/users/42", "DELETE, GET, HEAD, OPTIONS, PUT")]
    [InlineData("/api/users/me", "GET, HEAD, OPTIONS")]
    [InlineData("/api/items", "OPTIONS, PATCH, POST, PUT")]
    [InlineData("/api/ping", "GET, HEAD, OPTIONS")]
    [InlineData("/api/docs", "GET, HEAD, OPTIONS")]
    public async Task OPTIONS_is_204_with_a_sorted_Allow_header(string path, string allow)
    {
        var response = await client.SendAsync(HttpMethod.Options, path);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(allow, response.Allow());
    }

    [Fact]
    public async Task Declared_OPTIONS_handler_is_used_instead_of_the_automatic_one()
    {
        var response = await client.SendAsync(HttpMethod.Options, "/api/cors");

        Assert.Equal("custom options", await response.ReadAsync());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("PATCH", "/api/users/42", "DELETE, GET, HEAD, OPTIONS, PUT")]
    [InlineData("POST", "/api/users/42", "DELETE, GET, HEAD, OPTIONS, PUT")]
    [InlineData("GET", "/api/items", "OPTIONS, PATCH, POST, PUT")]
    [InlineData("HEAD", "/api/items", "OPTIONS, PATCH, POST, PUT")]
    [InlineData("DELETE", "/api/cors", "GET, HEAD, OPTIONS")]
    [InlineData("PUT", "/api/docs/a/b", "GET, HEAD, OPTIONS")]
    [InlineData("TRACE", "/api/health", "GET, HEAD, OPTIONS")]
    public async Task Other_methods_are_405_with_Allow(string method, string path, string allow)
    {
        var response = await client.SendAsync(new HttpMethod(method), path);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allow, response.Allow());
    }

    [Fact]
    public async Task Declared_methods_still_answer_next_to_the_fallbacks()
    {
        var delete = await client.DeleteAsync("/api/users/42");

        Assert.Equal("", await delete.ReadAsync());
    }

    // /api/users/[...rest] matches /api/users/7 too, and routing skips [id]'s PUT for a body it does not accept: the
    // path still picks [id], whose answer that is, not the catch-all's 405.
    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task A_body_a_more_specific_route_does_not_accept_is_its_415_not_a_catch_alls_405(string? contentType)
    {
        var response = await client.SendBodyAsync(HttpMethod.Put, "/api/users/7", """{"display_name":"pen","quantity":1}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("", response.Allow());
    }

    [Fact]
    public async Task The_catch_all_still_answers_405_for_a_method_no_more_specific_route_declares()
    {
        var response = await client.SendBodyAsync(HttpMethod.Put, "/api/users/7/x", "x", "text/plain");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD, OPTIONS, POST", response.Allow());
    }
}
