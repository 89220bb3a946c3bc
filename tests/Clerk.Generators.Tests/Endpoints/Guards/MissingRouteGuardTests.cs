using Clerk.Tests.Hosting;

namespace Clerk.Generators.Tests.Endpoints.Guards;

/// <summary>This project has [Protected] handlers, so mapping them without an IRouteGuard must fail at startup.</summary>
public sealed class MissingRouteGuardTests
{
    [Fact]
    public async Task Mapping_protected_routes_without_a_guard_throws_saying_to_call_AddClerk()
    {
        var builder = LoopbackApp.CreateBuilder();
        await using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapRouteHandlers());

        Assert.Contains("AddClerk", exception.Message);
        Assert.Contains("[Protected]", exception.Message);
    }
}
