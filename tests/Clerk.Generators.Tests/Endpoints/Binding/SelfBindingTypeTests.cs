using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Binding;

/// <summary>
/// Types that bind themselves, found where minimal APIs find them: their own static <c>TryParse</c> (no
/// <c>IParsable&lt;T&gt;</c>) for route and query values, and <c>BindAsync</c> (static, or
/// <c>IBindableFromHttpContext&lt;T&gt;</c> implemented explicitly) ahead of any other inferred source.
/// </summary>
public sealed class SelfBindingTypeTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task Own_TryParse_binds_route_query_and_repeated_query_values()
    {
        var body = await (await client.GetAsync("/api/binders/parsed/3,4?slug=intro&path=1,2&path=5,6")).ReadAsync();

        // The slug has no "?": its TryParse was given the invariant culture, as minimal APIs give it.
        Assert.Equal("3:4 intro [1:2 5:6]", body);
    }

    [Theory]
    [InlineData("/api/binders/parsed/3", "Coordinate point", "route value \"3\"")]
    [InlineData("/api/binders/parsed/3,4?slug=Intro", "Slug? slug", "query string value \"Intro\"")]
    [InlineData("/api/binders/parsed/3,4?path=1,2&path=x", "Coordinate[] path", "query string value \"x\"")]
    public async Task Value_its_TryParse_refuses_is_400_naming_parameter_and_value(string path, string parameter, string value)
    {
        var response = await client.GetAsync(path);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal($"Failed to bind parameter \"{parameter}\" from {value}.", problem.Detail);
    }

    [Fact]
    public async Task BindAsync_types_bind_themselves_and_are_given_their_parameter()
    {
        var response = await client.SendAsync(HttpMethod.Get, "/api/binders/bound?page=2&size=5",
            ("X-Tenant", "acme"), ("X-Region", "eu"));

        Assert.Equal("page 2 of 5, tenant acme (tenant), region eu", await response.ReadAsync());
    }

    [Fact]
    public async Task Optional_BindAsync_parameters_take_null()
    {
        var body = await (await client.GetAsync("/api/binders/bound?page=1")).ReadAsync();

        Assert.Equal("page 1 of 20, tenant - (-), region -", body);
    }

    [Theory]
    [InlineData("/api/binders/bound", "Paging paging", "Paging.BindAsync(HttpContext)")]
    public async Task Required_parameter_BindAsync_answers_null_for_is_400_naming_the_method(
        string path, string parameter, string method)
    {
        var response = await client.GetAsync(path);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        Assert.Equal($"Required parameter \"{parameter}\" was not provided from {method}.", problem.Detail);
    }

    [Theory]
    [InlineData("X-Region", "Tenant tenant", "Tenant.BindAsync(HttpContext, ParameterInfo)")]
    [InlineData("X-Tenant", "Region region", "Region.BindAsync(HttpContext, ParameterInfo)")]
    public async Task Required_class_and_struct_BindAsync_parameters_answer_400_before_the_body_is_read(
        string onlyHeader, string parameter, string method)
    {
        var response = await PostItemAsync((onlyHeader, "x"));

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Equal($"Required parameter \"{parameter}\" was not provided from {method}.", (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task BindAsync_parameters_sit_beside_an_inferred_JSON_body()
    {
        var response = await PostItemAsync(("X-Tenant", "acme"), ("X-Region", "eu"));

        Assert.Equal("acme eu Bolt", await response.ReadAsync());
    }

    private Task<HttpResponseMessage> PostItemAsync(params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/binders/bound")
        {
            Content = new StringContent("""{"display_name":"Bolt","quantity":1}""", System.Text.Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }
        return client.SendAsync(request);
    }
}
