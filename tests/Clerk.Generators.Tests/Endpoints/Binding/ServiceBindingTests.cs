using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Binding;

/// <summary>Services from DI: [FromServices], an unannotated interface, an optional unregistered one, and a
/// registered concrete type that minimal APIs would not read from the body.</summary>
public sealed class ServiceBindingTests(RouteHandlersApp app) : IClassFixture<RouteHandlersApp>
{
    [Fact]
    public async Task Registered_services_are_injected_and_an_optional_missing_one_is_null()
    {
        var body = await (await app.Client.GetAsync("/api/services")).ReadAsync();

        Assert.Equal("Hello, Ada at 2024-01-02, missing=True", body);
    }

    [Fact]
    public async Task Unannotated_registered_concrete_type_on_POST_is_the_service_not_the_body()
    {
        var body = await (await app.Client.PostAsync("/api/services", content: null)).ReadAsync();

        Assert.Equal("Hello, Grace", body);
    }
}
