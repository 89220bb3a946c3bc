using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Conventions;

/// <summary>Next.js folder conventions (DESIGN.md §4), each checked over HTTP.</summary>
public sealed class RouteConventionTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    [Theory]
    [InlineData("/api", "api root")]
    [InlineData("/api/health", "healthy")]
    public async Task Static_segments_are_served(string path, string expected)
    {
        var body = await (await client.GetAsync(path)).ReadAsync();

        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task Static_segments_match_without_case_as_ASP_NET_Core_routing_does()
    {
        var body = await (await client.GetAsync("/API/Health")).ReadAsync();

        Assert.Equal("healthy", body);
    }

    [Theory]
    [InlineData("/api/types/string/hello%20world", "string:hello world")]
    [InlineData("/api/types/int/21", "42")]
    [InlineData("/api/types/int/-4", "-8")]
    [InlineData("/api/types/guid/0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("/api/types/enum/blue", "color:Blue")]
    [InlineData("/api/types/enum/RED", "color:Red")]
    public async Task Dynamic_segment_binds_as_string_or_parsed_type(string path, string expected)
    {
        var body = await (await client.GetAsync(path)).ReadAsync();

        Assert.Equal(expected, body);
    }

    [Theory]
    [InlineData("/api/types/int/twelve", "twelve")]
    [InlineData("/api/types/int/99999999999", "99999999999")]
    [InlineData("/api/types/guid/not-a-guid", "not-a-guid")]
    [InlineData("/api/types/enum/purple", "purple")]
    public async Task Dynamic_segment_that_does_not_parse_is_400_naming_the_parameter(string path, string value)
    {
        var response = await client.GetAsync(path);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Contains(" value\"", problem.Detail);
        Assert.Contains(value, problem.Detail);
    }

    [Theory]
    [InlineData("/api/files/a", """["a"]""")]
    [InlineData("/api/files/a/b/c.txt", """["a","b","c.txt"]""")]
    public async Task Catch_all_binds_one_or_more_segments_as_string_array(string path, string expectedJson)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(expectedJson, await response.ReadAsync());
        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task Catch_all_binds_the_rest_of_the_path_as_one_string()
    {
        var body = await (await client.GetAsync("/api/blobs/2024/01/report.pdf")).ReadAsync();

        Assert.Equal("key:2024/01/report.pdf", body);
    }

    [Theory]
    [InlineData("/api/files")]
    [InlineData("/api/files/")]
    [InlineData("/api/blobs")]
    public async Task Catch_all_does_not_match_its_bare_parent(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/docs", "[]")]
    [InlineData("/api/docs/guide", """["guide"]""")]
    [InlineData("/api/docs/guide/intro", """["guide","intro"]""")]
    public async Task Optional_catch_all_matches_its_bare_parent_with_an_empty_array(string path, string expectedJson)
    {
        var body = await (await client.GetAsync(path)).ReadAsync();

        Assert.Equal(expectedJson, body);
    }

    [Theory]
    [InlineData("/api/pages", "index")]
    [InlineData("/api/pages/about/team", "page:about/team")]
    public async Task Optional_catch_all_matches_its_bare_parent_with_null(string path, string expected)
    {
        var body = await (await client.GetAsync(path)).ReadAsync();

        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task Route_group_folder_is_not_part_of_the_url()
    {
        var grouped = await client.GetAsync("/api/stats");
        var withGroup = await client.GetAsync("/api/(admin)/stats");

        Assert.Equal("stats", await grouped.ReadAsync());
        Assert.Equal(HttpStatusCode.NotFound, withGroup.StatusCode);
    }

    [Theory]
    [InlineData("/api/_private")]
    [InlineData("/api/_private/nested")]
    [InlineData("/api/private")]
    [InlineData("/api/private/nested")]
    public async Task Private_folder_and_everything_below_it_is_not_routed(string path)
    {
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Escaped_underscore_folder_is_served_with_a_leading_underscore()
    {
        var body = await (await client.GetAsync("/api/_escaped")).ReadAsync();

        Assert.Equal("escaped", body);
    }
}
