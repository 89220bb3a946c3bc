using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Responses;

/// <summary>What each handler return type becomes on the wire.</summary>
public sealed class ReturnTypeTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    [Fact]
    public async Task IResult_is_executed_with_its_own_status_code()
    {
        var response = await client.GetAsync("/api/returns/result");

        Assert.Equal("""{"display_name":"result","part_count":1}""", await response.ReadAsync(HttpStatusCode.Accepted));
        Assert.Equal("application/json", response.MediaType());
    }

    [Theory]
    [InlineData("true", HttpStatusCode.OK, """{"display_name":"typed","part_count":2}""")]
    [InlineData("false", HttpStatusCode.NotFound, "")]
    public async Task Type_implementing_IResult_is_executed(string found, HttpStatusCode status, string expected)
    {
        var body = await (await client.GetAsync("/api/returns/typed-results?found=" + found)).ReadAsync(status);

        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task String_is_written_as_text_plain_utf8()
    {
        var response = await client.GetAsync("/api/returns/text");

        Assert.Equal("plain text", await response.ReadAsync());
        Assert.Equal("text/plain", response.MediaType());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task Any_other_type_is_written_as_JSON_of_the_declared_type()
    {
        var response = await client.GetAsync("/api/returns/json");

        Assert.Equal("""{"display_name":"json","part_count":3}""", await response.ReadAsync());
        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task Primitive_is_written_as_JSON()
    {
        var response = await client.GetAsync("/api/types/int/5");

        Assert.Equal("10", await response.ReadAsync());
        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task Object_is_written_as_JSON_of_the_runtime_type()
    {
        var response = await client.GetAsync("/api/returns/object");

        Assert.Equal("""{"display_name":"object","part_count":4}""", await response.ReadAsync());
        Assert.Equal("application/json", response.MediaType());
    }

    [Theory]
    [InlineData("/api/returns/void", "void")]
    [InlineData("/api/returns/task", "task")]
    [InlineData("/api/returns/valuetask", "valuetask")]
    public async Task Void_Task_and_ValueTask_are_200_with_an_empty_body_after_the_handler_ran(string path, string ran)
    {
        var response = await client.GetAsync(path);

        Assert.Equal("", await response.ReadAsync());
        Assert.Equal(ran, response.Headers.GetValues("X-Ran").Single());
        Assert.Null(response.Content.Headers.ContentType);
    }

    [Fact]
    public async Task Task_of_T_is_awaited_then_written_as_JSON()
    {
        var response = await client.GetAsync("/api/returns/task-of-t");

        Assert.Equal("""{"display_name":"task of t","part_count":5}""", await response.ReadAsync());
        Assert.Equal("application/json", response.MediaType());
    }

    [Fact]
    public async Task ValueTask_of_string_is_awaited_then_written_as_text()
    {
        var response = await client.GetAsync("/api/returns/valuetask-string");

        Assert.Equal("value task text", await response.ReadAsync());
        Assert.Equal("text/plain", response.MediaType());
    }

    [Fact]
    public async Task Task_of_IResult_is_awaited_then_executed()
    {
        var response = await client.GetAsync("/api/returns/task-result");

        Assert.Equal("teapot", await response.ReadAsync((HttpStatusCode)418));
    }
}
