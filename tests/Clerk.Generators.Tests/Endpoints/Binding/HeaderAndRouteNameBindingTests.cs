using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Binding;

/// <summary>[FromHeader(Name = ...)] and [FromRoute(Name = ...)]: values read under a name other than the parameter's.</summary>
public sealed class HeaderAndRouteNameBindingTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task Headers_bind_by_attribute_Name()
    {
        var response = await client.SendAsync(HttpMethod.Get, "/api/headers", ("X-Api-Version", "2"), ("X-Trace-Id", "abc"));

        Assert.Equal("v2 trace=abc", await response.ReadAsync());
    }

    [Fact]
    public async Task Absent_optional_header_is_null()
    {
        var response = await client.SendAsync(HttpMethod.Get, "/api/headers", ("X-Api-Version", "7"));

        Assert.Equal("v7 trace=none", await response.ReadAsync());
    }

    [Fact]
    public async Task Missing_required_header_is_400_problem_naming_the_parameter()
    {
        var response = await client.GetAsync("/api/headers");

        await response.ReadAsync(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        Assert.Contains("int version\"", problem.Detail);
        Assert.Contains("header", problem.Detail);
    }

    [Fact]
    public async Task Unparsable_header_is_400()
    {
        var response = await client.SendAsync(HttpMethod.Get, "/api/headers", ("X-Api-Version", "latest"));

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains("\"latest\"", (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task Route_value_binds_to_a_parameter_of_another_name_through_FromRoute_Name()
    {
        var body = await (await client.GetAsync("/api/orders/17")).ReadAsync();

        Assert.Equal("order 17", body);
    }

    [Fact]
    public async Task Nested_dynamic_segments_bind_inferred_and_with_FromRoute()
    {
        var body = await (await client.GetAsync("/api/orders/17/lines/3")).ReadAsync();

        Assert.Equal("order 17 line 3", body);
    }

    [Fact]
    public async Task FromRoute_value_that_does_not_parse_is_400_naming_the_parameter()
    {
        var response = await client.GetAsync("/api/orders/seventeen");

        await response.ReadAsync(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        Assert.Contains("int id\"", problem.Detail);
        Assert.Contains("\"seventeen\"", problem.Detail);
    }
}
