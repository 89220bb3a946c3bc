using Clerk.Emulator.Hosting;
using Clerk.Tests.OpenApi;
using Microsoft.AspNetCore.Routing;

namespace Clerk.Emulator.Tests.Conformance;

/// <summary>The emulator serves only operations Clerk documents: every <c>/v1</c> route it maps is in the spec.</summary>
public sealed class EmulatorRoutesTests
{
    [Fact]
    public async Task Every_v1_route_is_an_operation_of_Clerks_spec()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        // A second, never started, app over the same instance exposes the endpoints the running one serves.
        await using var app = EmulatorHost.Build(emulator.Instance, "http://127.0.0.1:0", _ => { });

        var routes = ((IEndpointRouteBuilder)app).DataSources
            .SelectMany(source => source.Endpoints)
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/v1/", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Select(method => (Method: method, Path: endpoint.RoutePattern.RawText!)))
            .ToList();

        Assert.NotEmpty(routes);
        Assert.Empty(routes
            .Where(route => !route.Path.Contains("{*", StringComparison.Ordinal))
            .Where(route => ClerkSpec.FindOperation(route.Method, route.Path) is null)
            .Select(route => $"{route.Method} {route.Path}"));
    }
}
