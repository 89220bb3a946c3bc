using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Binding;

/// <summary>HttpContext, HttpRequest, HttpResponse, CancellationToken and ClaimsPrincipal: the request's own objects.</summary>
public sealed class RequestObjectBindingTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    [Fact]
    public async Task Well_known_types_are_the_current_request_objects()
    {
        var response = await app.Client.SendAsync(HttpMethod.Get, "/api/context", (TestUser.Header, "ada"));

        Assert.Equal(
            """{"same_request":true,"same_response":true,"token_is_request_aborted":true,"same_user":true,"user_name":"ada","path":"/api/context"}""",
            await response.ReadAsync());
        Assert.Equal("context route", response.Headers.GetValues("X-Handled-By").Single());
    }

    [Fact]
    public async Task ClaimsPrincipal_is_the_anonymous_user_when_nobody_signed_in()
    {
        var body = await (await app.Client.GetAsync("/api/context")).ReadAsync();

        Assert.Contains("\"same_user\":true,\"user_name\":null", body);
    }
}
