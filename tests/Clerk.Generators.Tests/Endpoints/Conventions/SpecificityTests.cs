using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Conventions;

/// <summary>
/// /api/users/me (static) beats /api/users/[id] (dynamic), which beats /api/users/[...rest] (catch-all); and the
/// path picks the route file before the method does, as in Next.js.
/// </summary>
public sealed class SpecificityTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task Static_segment_beats_dynamic_segment()
    {
        var body = await (await client.GetAsync("/api/users/me")).ReadAsync();

        Assert.Equal("me", body);
    }

    [Fact]
    public async Task Dynamic_segment_beats_catch_all()
    {
        var body = await (await client.GetAsync("/api/users/42")).ReadAsync();

        Assert.Equal("""{"display_name":"user 42","part_count":42}""", body);
    }

    [Fact]
    public async Task Catch_all_takes_what_the_more_specific_routes_do_not_match()
    {
        var body = await (await client.GetAsync("/api/users/42/posts")).ReadAsync();

        Assert.Equal("rest:42|posts", body);
    }

    [Fact]
    public async Task A_single_segment_that_does_not_parse_stays_with_the_dynamic_route_as_a_400()
    {
        // Next.js picks [id] for /api/users/abc before looking at the value; the int then fails to bind.
        var response = await client.GetAsync("/api/users/abc");

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains("id", (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task Post_to_static_route_without_POST_is_405_even_though_catch_all_declares_POST()
    {
        var response = await client.PostAsync("/api/users/me", content: null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD, OPTIONS", response.Allow());
    }

    [Fact]
    public async Task Post_to_dynamic_route_without_POST_is_405_from_that_route()
    {
        var response = await client.PostAsync("/api/users/42", content: null);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("DELETE, GET, HEAD, OPTIONS, PUT", response.Allow());
    }

    [Fact]
    public async Task Post_that_only_the_catch_all_matches_reaches_its_POST_handler()
    {
        var body = await (await client.PostAsync("/api/users/42/posts", content: null)).ReadAsync();

        Assert.Equal("rest post:42/posts", body);
    }
}
