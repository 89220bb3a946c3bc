using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Filters;

/// <summary>
/// Endpoint filters on <c>MapRouteHandlers()</c>'s group run around each handler as around a minimal API: they see
/// the bound arguments, may change them or answer instead, and what they hand back is written as minimal APIs
/// write a filtered handler's result.
/// </summary>
public sealed class EndpointFilterTests(FilteredApp app) : IClassFixture<FilteredApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task Filter_sees_the_bound_arguments_and_the_handlers_value_is_written_as_JSON()
    {
        var response = await client.GetAsync("/api/orders/7/lines/2");

        Assert.Equal("order 7 line 2", await response.ReadAsync(HttpStatusCode.OK));
        Assert.Equal("7|2", Header(response, "X-Arguments"));
        Assert.Equal("String", Header(response, "X-Result"));
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Handler_is_called_with_the_arguments_the_filter_changed()
    {
        var response = await client.GetAsync("/api/users/5?first=42");

        var widget = await response.ReadAsync(HttpStatusCode.OK);
        Assert.Contains("\"displayName\":\"user 42\"", widget);
        Assert.Equal("42", Header(response, "X-Arguments"));
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Filter_that_answers_itself_keeps_the_handler_from_running()
    {
        var response = await client.GetAsync("/api/returns/void?block");

        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Ran"));
    }

    [Theory]
    [InlineData("/api/returns/void", "void")]
    [InlineData("/api/returns/task", "task")]
    public async Task Handler_that_returns_nothing_hands_the_filters_an_empty_result(string path, string ran)
    {
        var response = await client.GetAsync(path);

        Assert.Equal("", await response.ReadAsync(HttpStatusCode.OK));
        Assert.Equal(ran, Header(response, "X-Ran"));
        Assert.Equal("EmptyHttpResult", Header(response, "X-Result"));
    }

    [Fact]
    public async Task Result_the_handler_returns_is_executed_after_the_filters()
    {
        var response = await client.GetAsync("/api/returns/task-result");

        Assert.Equal("teapot", await response.ReadAsync((HttpStatusCode)418));
        Assert.Equal("ContentHttpResult", Header(response, "X-Result"));
    }

    [Fact]
    public async Task Body_is_read_before_the_filters_see_it()
    {
        var response = await client.SendBodyAsync(HttpMethod.Put, "/api/users/3",
            """{"displayName":"bolt","quantity":2}""");

        await response.ReadAsync(HttpStatusCode.OK);
        Assert.StartsWith("3|Item {", Header(response, "X-Arguments"));
    }

    [Fact]
    public async Task Protected_handler_is_guarded_before_the_filters_run()
    {
        var signedOut = await client.GetAsync("/api/secure/9");

        Assert.Equal(HttpStatusCode.NotFound, signedOut.StatusCode);
        Assert.False(signedOut.Headers.Contains("X-Arguments"));
    }

    // A deliberate difference: minimal APIs run the filters with the 400 status already set and then skip the
    // handler; here the 400 is written with its problem details at once, which no filter could change any more.
    [Fact]
    public async Task Binding_failure_is_answered_before_the_filters_run()
    {
        var response = await client.GetAsync("/api/orders/seven/lines/2");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Arguments"));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        string.Join(",", response.Headers.GetValues(name));
}
