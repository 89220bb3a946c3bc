using Clerk.Endpoints;
using Clerk.Tests.Hosting;

namespace Clerk.Runtime.Tests.Guards;

/// <summary>
/// This project's route files have [Protected] handlers and handlers that take Auth, in several files: mapping them
/// without AddClerk() must fail at startup, naming every one of them and the fix.
/// </summary>
public sealed class MissingRouteGuardTests
{
    [Fact]
    public async Task Mapping_routes_without_AddClerk_throws_naming_every_handler_that_needs_Clerk()
    {
        var builder = LoopbackApp.CreateBuilder();
        await using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapRouteHandlers());

        Assert.Contains("call builder.Services.AddClerk() before builder.Build()", exception.Message);
        // Two route files' [Protected] handlers, one that only takes Auth, and one that is both.
        Assert.Contains("GET /api/session/admin ([Protected])", exception.Message);
        Assert.Contains("POST /api/session/admin ([Protected])", exception.Message);
        Assert.Contains("GET /api/session/protected ([Protected])", exception.Message);
        Assert.Contains("GET /api/session/me (takes Auth)", exception.Message);
        Assert.Contains("GET /api/session/whoami ([Protected], takes Auth)", exception.Message);
    }

    [Fact]
    public async Task A_route_guard_of_its_own_is_enough_for_Protected_handlers_but_not_for_Auth()
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Services.AddSingleton<IRouteGuard>(new AllowingGuard());
        await using var app = builder.Build();

        var exception = Assert.Throws<InvalidOperationException>(() => app.MapRouteHandlers());

        Assert.DoesNotContain("[Protected]", exception.Message);
        Assert.Contains("GET /api/session/me (takes Auth)", exception.Message);
    }

    [Fact]
    public async Task Mapping_routes_with_AddClerk_starts()
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Services.AddClerk(options => options.JwtKey = Verification.TestRsaKeys.InstancePublicPem);
        await using var app = builder.Build();

        app.MapRouteHandlers();
    }

    private sealed class AllowingGuard : IRouteGuard
    {
        public ValueTask<bool> AllowAsync(HttpContext context, ProtectedAttribute protection) => ValueTask.FromResult(true);
    }
}
