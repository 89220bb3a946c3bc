using Clerk.Endpoints;
using Clerk.Generators.Tests.Endpoints.Models;
using Clerk.Tests.Hosting;

namespace Clerk.Generators.Tests.Endpoints.Infrastructure;

/// <summary>
/// The route files under <c>Endpoints/app</c> served on loopback with the services they bind (a guard that lets
/// signed-in requests through, the models' services), for a fixture that adds services and maps them its own way.
/// </summary>
public abstract class ServedRouteFiles : IAsyncLifetime
{
    private LoopbackApp? app;

    public HttpClient Client => App.Client;

    private protected LoopbackApp App => app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Services.AddSingleton<IRouteGuard, RecordingRouteGuard>();
        builder.Services.AddSingleton<Greeter>();
        builder.Services.AddSingleton<IClock, FixedClock>();
        // The form routes require antiforgery validation, as minimal APIs that read a form do.
        builder.Services.AddAntiforgery();
        AddServices(builder.Services);
        var web = builder.Build();
        web.UseAntiforgery();
        Map(web);
        app = await LoopbackApp.StartAsync(web);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>Services beyond the ones every fixture has.</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    /// <summary>Maps the route files (<c>MapRouteHandlers()</c>) and whatever the fixture compares them with.</summary>
    protected abstract void Map(WebApplication web);
}
