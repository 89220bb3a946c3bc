using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Binding;

/// <summary>[FromQuery] and inferred query values: required, optional, defaulted, repeated, and what fails.</summary>
public sealed class QueryBindingTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task Query_values_bind_by_parameter_name_and_by_attribute_Name()
    {
        var body = await (await client.GetAsync("/api/query/required?page=3&per-page=25")).ReadAsync();

        Assert.Equal("page 3 of 25", body);
    }

    [Fact]
    public async Task Query_keys_match_without_case()
    {
        var body = await (await client.GetAsync("/api/query/required?PAGE=3&Per-Page=25")).ReadAsync();

        Assert.Equal("page 3 of 25", body);
    }

    [Theory]
    [InlineData("/api/query/required?per-page=25", "page")]
    [InlineData("/api/query/required?page=3", "perPage")]
    [InlineData("/api/query/required?page=&per-page=25", "page")]
    public async Task Missing_required_query_value_is_400_problem_naming_the_parameter(string path, string parameter)
    {
        var response = await client.GetAsync(path);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Contains($"int {parameter}\"", problem.Detail);
        Assert.Contains("query string", problem.Detail);
    }

    [Fact]
    public async Task Unparsable_query_value_is_400_problem_naming_the_parameter_and_value()
    {
        var response = await client.GetAsync("/api/query/required?page=three&per-page=25");

        await response.ReadAsync(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        Assert.Contains("int page\"", problem.Detail);
        Assert.Contains("\"three\"", problem.Detail);
    }

    [Fact]
    public async Task Absent_optional_values_are_null_or_the_declared_default()
    {
        var body = await (await client.GetAsync("/api/query/optional")).ReadAsync();

        Assert.Equal("""{"limit":null,"sort":null,"offset":10,"order":"asc","color":1,"verbose":false}""", body);
    }

    [Fact]
    public async Task Present_optional_values_are_bound_including_inferred_query_parameters()
    {
        var body = await (await client.GetAsync(
            "/api/query/optional?limit=5&sort=name&offset=0&order=desc&color=blue&verbose=true")).ReadAsync();

        Assert.Equal("""{"limit":5,"sort":"name","offset":0,"order":"desc","color":2,"verbose":true}""", body);
    }

    [Fact]
    public async Task Empty_value_for_a_parsed_optional_is_treated_as_absent_but_a_string_keeps_it()
    {
        // As in minimal APIs: "?limit=" is "not provided" for an int?, while a string receives "".
        var body = await (await client.GetAsync("/api/query/optional?limit=&offset=&sort=")).ReadAsync();

        Assert.Equal("""{"limit":null,"sort":"","offset":10,"order":"asc","color":1,"verbose":false}""", body);
    }

    [Theory]
    [InlineData("limit=x", "int? limit")]
    [InlineData("offset=1.5", "int offset")]
    [InlineData("color=purple", "Color color")]
    public async Task Unparsable_optional_value_is_still_400(string query, string parameter)
    {
        var response = await client.GetAsync("/api/query/optional?" + query);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains($"\"{parameter}\"", (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task Repeated_keys_bind_to_arrays()
    {
        var body = await (await client.GetAsync("/api/query/array?id=1&id=2&id=30&tag=a&tag=b")).ReadAsync();

        Assert.Equal("""{"ids":[1,2,30],"tags":["a","b"]}""", body);
    }

    [Fact]
    public async Task Absent_array_keys_bind_to_empty_arrays()
    {
        var body = await (await client.GetAsync("/api/query/array")).ReadAsync();

        Assert.Equal("""{"ids":[],"tags":[]}""", body);
    }

    [Fact]
    public async Task One_unparsable_array_element_is_400()
    {
        var response = await client.GetAsync("/api/query/array?id=1&id=two");

        await response.ReadAsync(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        Assert.Contains("int[] id\"", problem.Detail);
        Assert.Contains("\"two\"", problem.Detail);
    }
}
