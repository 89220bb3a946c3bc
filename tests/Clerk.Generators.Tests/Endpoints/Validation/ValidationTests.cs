using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Validation;

/// <summary>
/// With <c>builder.Services.AddValidation()</c>, DataAnnotations on a handler's parameters and JSON body are checked
/// before it runs, and an invalid request gets the answer the same method gets as a minimal API; without it, nothing
/// is validated. (Routing gives our endpoints the validation filter as it gives every route handler; it sees the
/// bound arguments through the generated filter path.)
/// </summary>
public sealed class ValidationTests(ValidatedApp validated, RouteHandlersApp unvalidated)
    : IClassFixture<ValidatedApp>, IClassFixture<RouteHandlersApp>
{
    [Theory]
    [InlineData("GET", "/api/validated?count=50", null)]
    [InlineData("POST", "/api/validated", """{"quantity":9}""")]
    [InlineData("POST", "/api/validated", """{"name":"bolt","quantity":0}""")]
    public async Task Invalid_request_gets_the_minimal_APIs_validation_problem(string method, string path, string? body)
    {
        var routeFile = await SendAsync(validated.Client, method, path, body);
        var minimal = await SendAsync(validated.Client, method, TwinsApp.MinimalPrefix + path, body);

        Assert.Equal(400, routeFile.Status);
        Assert.Contains("One or more validation errors occurred.", routeFile.Body);
        Assert.Equal(minimal, routeFile);
    }

    [Fact]
    public async Task Body_type_no_minimal_API_takes_is_validated_without_ValidatableType()
    {
        var response = await SendAsync(validated.Client, "PUT", "/api/validated", """{"code":"x"}""");

        Assert.Equal(400, response.Status);
        Assert.Contains(
            "\"errors\":{\"Code\":[\"The field Code must be a string or array type with a minimum length of '3'.\"]}",
            response.Body);
    }

    // Shipment is described by the route file's generator, ShipmentTwin (the same shape) by the SDK's: nested types,
    // a list, a display name, a record's constructor-parameter attributes.
    [Theory]
    [InlineData("""{"destination":{"street":"Main"},"lines":[]}""")]
    [InlineData("""{"reference":"r1","destination":{"zip":"12"},"lines":[{"quantity":0},{"quantity":5},{"quantity":100}]}""")]
    [InlineData("""{"reference":"r1","destination":{"street":"Main","zip":"12345"},"lines":[{"quantity":3}]}""")]
    public async Task Nested_body_types_are_validated_as_the_SDKs_description_of_the_same_shape_validates_them(string body)
    {
        var routeFile = await SendAsync(validated.Client, "PATCH", "/api/validated", body);
        var minimal = await SendAsync(validated.Client, "PATCH", TwinsApp.MinimalPrefix + "/api/validated", body);

        Assert.Equal(minimal, routeFile);
    }

    [Theory]
    [InlineData("/api/search/books?size=500")]
    [InlineData("/api/search/books?size=0&page=2")]
    public async Task AsParameters_members_are_validated_as_for_the_minimal_API(string path)
    {
        var routeFile = await SendAsync(validated.Client, "GET", path, null);
        var minimal = await SendAsync(validated.Client, "GET", TwinsApp.MinimalPrefix + path, null);

        Assert.Equal(400, routeFile.Status);
        Assert.Contains("\"Size\":[\"The field Size must be between 1 and 100.\"]", routeFile.Body);
        Assert.Equal(minimal, routeFile);
    }

    [Fact]
    public async Task Nested_errors_are_keyed_by_path_with_display_names()
    {
        var response = await SendAsync(validated.Client, "PATCH", "/api/validated",
            """{"reference":"r1","destination":{},"lines":[{"quantity":0}]}""");

        Assert.Equal(400, response.Status);
        Assert.Contains("\"Destination.Street\":[\"The Street name field is required.\"]", response.Body);
        Assert.Contains("\"Lines[0].Quantity\":[\"The field Quantity must be between 1 and 99.\"]", response.Body);
    }

    [Theory]
    [InlineData("GET", "/api/validated?count=5", null, "count 5")]
    [InlineData("POST", "/api/validated", """{"name":"bolt","quantity":2}""", "bolt x2")]
    public async Task Valid_request_reaches_the_handler(string method, string path, string? body, string answer)
    {
        Assert.Equal((200, "text/plain; charset=utf-8", answer), await SendAsync(validated.Client, method, path, body));
    }

    [Fact]
    public async Task Handler_with_nothing_to_validate_answers_as_without_validation()
    {
        Assert.Equal((200, "text/plain; charset=utf-8", "order 7 line 2"),
            await SendAsync(validated.Client, "GET", "/api/orders/7/lines/2", null));
    }

    [Fact]
    public async Task Without_AddValidation_nothing_is_validated()
    {
        Assert.Equal((200, "text/plain; charset=utf-8", "count 50"),
            await SendAsync(unvalidated.Client, "GET", "/api/validated?count=50", null));
    }

    private static async Task<(int Status, string? ContentType, string Body)> SendAsync(
        HttpClient client, string method, string path, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(),
            await response.Content.ReadAsStringAsync());
    }
}
