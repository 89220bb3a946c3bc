using System.Text.Json;
using Clerk.Endpoints;
using Clerk.Generators.Tests.Endpoints.Models;
using Clerk.Tests.Hosting;

namespace Clerk.Generators.Tests.Endpoints.Infrastructure;

/// <summary>
/// The route files under <c>Endpoints/app/api</c>, compiled by the real generator, mapped by the generated
/// <c>MapRouteHandlers()</c> and served by a real Kestrel on a free loopback port. One per test class (a class
/// fixture), so test classes run in parallel against servers of their own.
/// </summary>
public sealed class RouteHandlersApp : IAsyncLifetime
{
    private LoopbackApp? app;
    private int guardResolutions;

    /// <summary>A client whose base address is the server.</summary>
    public HttpClient Client => App.Client;

    /// <summary>The <see cref="IRouteGuard"/> every protected handler calls.</summary>
    public RecordingRouteGuard Guard { get; } = new();

    /// <summary>How many times the guard was resolved from DI (it is registered as transient to make this visible).</summary>
    public int GuardResolutions => Volatile.Read(ref guardResolutions);

    /// <summary>Every endpoint the app serves.</summary>
    public IReadOnlyList<Endpoint> Endpoints =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints;

    /// <summary>A valid antiforgery pair for a signed-out caller, for the form routes.</summary>
    public AntiforgeryTokens AntiforgeryTokens() => Infrastructure.AntiforgeryTokens.For(App.Services);

    private LoopbackApp App => app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddTransient<IRouteGuard>(_ =>
        {
            Interlocked.Increment(ref guardResolutions);
            return Guard;
        });
        builder.Services.AddSingleton<Greeter>();
        builder.Services.AddSingleton<IClock, FixedClock>();
        // The form routes require antiforgery validation, as minimal APIs that read a form do.
        builder.Services.AddAntiforgery();

        var web = builder.Build();
        web.Use(TestUser.SignIn);
        web.UseAntiforgery();
        web.MapRouteHandlers();
        app = await LoopbackApp.StartAsync(web);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
