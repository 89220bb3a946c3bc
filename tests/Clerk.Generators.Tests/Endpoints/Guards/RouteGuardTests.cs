using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Guards;

/// <summary>
/// The [Protected] hook: generated endpoints call <see cref="Clerk.Routing.IRouteGuard"/> (resolved from DI when the
/// routes are mapped) with the effective attribute, before anything is bound.
/// </summary>
public sealed class RouteGuardTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private readonly HttpClient client = app.Client;

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string requestId, bool signedIn)
    {
        var id = (RecordingRouteGuard.RequestIdHeader, requestId);
        return signedIn
            ? client.SendAsync(method, path, id, (TestUser.Header, "ada"))
            : client.SendAsync(method, path, id);
    }

    [Fact]
    public async Task Signed_out_request_gets_the_guard_response_and_the_handler_does_not_run()
    {
        var requestId = Guid.NewGuid().ToString();

        var response = await SendAsync(HttpMethod.Get, "/api/secure/7", requestId, signedIn: false);

        Assert.Equal("", await response.ReadAsync(HttpStatusCode.NotFound));
        Assert.Equal("denied", response.Headers.GetValues(RecordingRouteGuard.DeniedHeader).Single());
        Assert.Single(app.Guard.CallsFor(requestId));
    }

    [Fact]
    public async Task Signed_in_request_reaches_the_handler()
    {
        var requestId = Guid.NewGuid().ToString();

        var response = await SendAsync(HttpMethod.Get, "/api/secure/7", requestId, signedIn: true);

        Assert.Equal("secret 7", await response.ReadAsync());
        Assert.Equal("/api/secure/7", Assert.Single(app.Guard.CallsFor(requestId)).Path);
    }

    [Fact]
    public async Task Guard_runs_before_binding_so_a_signed_out_bad_route_value_is_the_guard_404_not_a_400()
    {
        var response = await SendAsync(HttpMethod.Get, "/api/secure/not-a-number", Guid.NewGuid().ToString(), signedIn: false);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.Contains(RecordingRouteGuard.DeniedHeader));
    }

    [Fact]
    public async Task Signed_in_bad_route_value_passes_the_guard_and_is_then_a_400()
    {
        var response = await SendAsync(HttpMethod.Get, "/api/secure/not-a-number", Guid.NewGuid().ToString(), signedIn: true);

        await response.ReadAsync(HttpStatusCode.BadRequest);
        Assert.Contains("int id\"", (await Problem.ReadAsync(response)).Detail);
    }

    [Fact]
    public async Task Guard_runs_before_the_body_is_read_so_a_signed_out_bad_body_is_the_guard_404()
    {
        var response = await client.SendBodyAsync(HttpMethod.Put, "/api/secure/abc", "not json", "text/plain");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.Contains(RecordingRouteGuard.DeniedHeader));
    }

    [Fact]
    public async Task Signed_in_request_with_a_body_reaches_the_protected_handler()
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/secure/5")
        {
            Content = JsonContent.Create(new { display_name = "vault" }),
        };
        request.Headers.Add(TestUser.Header, "ada");

        var response = await client.SendAsync(request);

        Assert.Equal("saved 5: vault", await response.ReadAsync());
    }

    [Fact]
    public async Task Guard_receives_the_class_attribute_refined_by_the_method_attribute()
    {
        var requestId = Guid.NewGuid().ToString();

        var response = await SendAsync(HttpMethod.Get, "/api/secure/org", requestId, signedIn: true);

        Assert.Equal("org", await response.ReadAsync());
        var protection = Assert.Single(app.Guard.CallsFor(requestId)).Protection;
        Assert.Equal("org:admin", protection.Role);
        Assert.Equal("org:x:y", protection.Permission);
        Assert.Equal(TokenTypes.SessionToken | TokenTypes.ApiKey, protection.Token);
        Assert.Null(protection.Feature);
    }

    [Fact]
    public async Task Guard_receives_only_the_class_attribute_for_a_handler_without_its_own()
    {
        var requestId = Guid.NewGuid().ToString();

        var response = await SendAsync(HttpMethod.Post, "/api/secure/org", requestId, signedIn: true);

        Assert.Equal("org post", await response.ReadAsync());
        var protection = Assert.Single(app.Guard.CallsFor(requestId)).Protection;
        Assert.Equal("org:admin", protection.Role);
        Assert.Null(protection.Permission);
        Assert.Equal(TokenTypes.SessionToken, protection.Token);
    }

    [Fact]
    public async Task HEAD_of_a_protected_GET_is_guarded_too()
    {
        var response = await SendAsync(HttpMethod.Head, "/api/secure/org", Guid.NewGuid().ToString(), signedIn: false);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(response.Headers.Contains(RecordingRouteGuard.DeniedHeader));
    }

    [Fact]
    public void Protected_attribute_is_endpoint_metadata_with_its_effective_settings()
    {
        var endpoint = Assert.Single(app.Endpoints,
            endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "GET /api/secure/org");

        var protection = endpoint.Metadata.GetMetadata<ProtectedAttribute>();

        Assert.NotNull(protection);
        Assert.Equal("org:admin", protection.Role);
        Assert.Equal("org:x:y", protection.Permission);
    }

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/users/42")]
    [InlineData("/api/nowhere")]
    public async Task Unprotected_routes_never_call_the_guard(string path)
    {
        var requestId = Guid.NewGuid().ToString();

        await SendAsync(HttpMethod.Get, path, requestId, signedIn: false);

        Assert.Empty(app.Guard.CallsFor(requestId));
    }

    [Fact]
    public async Task Guard_is_resolved_when_routes_are_mapped_and_never_per_request()
    {
        var atStartup = app.GuardResolutions;

        await SendAsync(HttpMethod.Get, "/api/secure/1", Guid.NewGuid().ToString(), signedIn: true);
        await SendAsync(HttpMethod.Get, "/api/secure/org", Guid.NewGuid().ToString(), signedIn: false);

        Assert.True(atStartup > 0, "The guard was not resolved when the routes were mapped.");
        Assert.Equal(atStartup, app.GuardResolutions);
    }
}
