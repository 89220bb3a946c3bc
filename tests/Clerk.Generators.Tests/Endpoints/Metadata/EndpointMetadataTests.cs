using Clerk.Generators.Tests.Endpoints.Infrastructure;
using Clerk.Generators.Tests.Endpoints.Models;

namespace Clerk.Generators.Tests.Endpoints.Metadata;

/// <summary>
/// What OpenAPI and other middleware can see of each handler endpoint: a stable name, its HTTP methods, and its
/// attributes rebuilt as metadata instances (no reflection at startup).
/// </summary>
public sealed class EndpointMetadataTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    private Endpoint Named(string name) =>
        Assert.Single(app.Endpoints, endpoint => endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == name);

    [Theory]
    [InlineData("GET /api/users/{id}", "/api/users/{id}")]
    [InlineData("PUT /api/users/{id}", "/api/users/{id}")]
    [InlineData("GET /api/users/me", "/api/users/me")]
    [InlineData("POST /api/users/{*rest:required}", "/api/users/{*rest:required}")]
    [InlineData("GET /api/docs/{*slug}", "/api/docs/{*slug}")]
    [InlineData("GET /api/stats", "/api/stats")]
    [InlineData("GET /api/_escaped", "/api/_escaped")]
    [InlineData("OPTIONS /api/cors", "/api/cors")]
    public void Each_handler_has_a_stable_name_on_its_route_template(string name, string template)
    {
        var endpoint = Assert.IsType<RouteEndpoint>(Named(name));

        Assert.Equal(template, endpoint.RoutePattern.RawText);
    }

    [Theory]
    [InlineData("GET /api/users/{id}", "HTTP: GET /api/users/{id} => GET")]
    [InlineData("PUT /api/users/{id}", "HTTP: PUT /api/users/{id} => PUT")]
    [InlineData("POST /api/users/{*rest:required}", "HTTP: POST /api/users/{*rest:required} => POST")]
    [InlineData("HEAD /api/ping", "HTTP: HEAD /api/ping => HEAD")]
    public void Display_name_is_the_minimal_API_default_for_a_method_handler(string name, string displayName)
    {
        Assert.Equal(displayName, Named(name).DisplayName);
    }

    [Theory]
    [InlineData("GET /api/users/{id}", new[] { "GET" })]
    [InlineData("PUT /api/users/{id}", new[] { "PUT" })]
    [InlineData("GET /api/ping", new[] { "GET" })]
    [InlineData("HEAD /api/ping", new[] { "HEAD" })]
    public void Each_handler_carries_its_HTTP_methods(string name, string[] methods)
    {
        var metadata = Named(name).Metadata.GetMetadata<IHttpMethodMetadata>();

        Assert.NotNull(metadata);
        Assert.Equal(methods, metadata.HttpMethods);
    }

    [Fact]
    public void Private_folders_have_no_endpoints()
    {
        var templates = app.Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => endpoint.RoutePattern.RawText ?? "")
            .ToList();

        Assert.DoesNotContain(templates, template => template.Contains("private", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("/api/health", templates);
    }

    [Fact]
    public void Class_and_method_attributes_are_metadata_class_first()
    {
        var attributes = Named("GET /api/users/{id}").Metadata.GetOrderedMetadata<RouteInfoAttribute>();

        Assert.Equal(["users", "user \"by id\""], attributes.Select(attribute => attribute.Label));
    }

    [Fact]
    public void Class_attribute_is_rebuilt_with_constructor_enum_typeof_params_array_and_named_array()
    {
        var onClass = Named("GET /api/users/{id}").Metadata.GetOrderedMetadata<RouteInfoAttribute>()[0];

        Assert.Equal("users", onClass.Label);
        Assert.Equal(RouteKind.Collection, onClass.Kind);
        Assert.Equal(typeof(List<Widget>), onClass.Model);
        Assert.Equal([1, 2], onClass.Codes);
        Assert.Equal(["class", "level"], onClass.Tags!);
        Assert.Equal(0, onClass.Weight);
        Assert.Equal(RouteFlags.None, onClass.Flags);
        Assert.Null(onClass.Extra);
    }

    [Fact]
    public void Method_attribute_is_rebuilt_with_every_named_argument()
    {
        var onMethod = Named("GET /api/users/{id}").Metadata.GetOrderedMetadata<RouteInfoAttribute>()[1];

        Assert.Equal("user \"by id\"", onMethod.Label);
        Assert.Equal(RouteKind.Item, onMethod.Kind);
        Assert.Equal(typeof(Widget), onMethod.Model);
        Assert.Empty(onMethod.Codes);
        Assert.Equal(["a", "b"], onMethod.Tags!);
        Assert.Equal(0.5, onMethod.Weight);
        Assert.Equal(RouteFlags.Cached | RouteFlags.Audited, onMethod.Flags);
        Assert.Equal('x', onMethod.Marker);
        Assert.Equal(42L, onMethod.Extra);
    }

    [Fact]
    public void Method_attribute_stays_on_its_own_handler()
    {
        var onPut = Named("PUT /api/users/{id}").Metadata.GetOrderedMetadata<RouteInfoAttribute>();

        Assert.Equal("users", Assert.Single(onPut).Label);
    }

    [Fact]
    public void Handlers_without_attributes_carry_none()
    {
        var metadata = Named("GET /api/users/me").Metadata;

        Assert.Empty(metadata.GetOrderedMetadata<RouteInfoAttribute>());
        Assert.Null(metadata.GetMetadata<ProtectedAttribute>());
    }
}
