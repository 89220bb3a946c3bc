using System.Text.Json;
using Clerk.Endpoints;
using Clerk.Runtime.Tests.Models;

namespace Clerk.Runtime.Tests.Infrastructure;

/// <summary>
/// The test project's own route files (<c>app/api/**/route.cs</c>), mapped by the generated
/// <c>MapRouteHandlers()</c> and served by a real Kestrel on a free loopback port. One per test class (a class
/// fixture), so test classes run in parallel against servers of their own.
/// </summary>
public sealed class RouteHandlersApp : IAsyncLifetime
{
    private WebApplication? app;
    private int guardResolutions;

    /// <summary>A client whose base address is the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The <see cref="IRouteGuard"/> every protected handler calls.</summary>
    public RecordingRouteGuard Guard { get; } = new();

    /// <summary>How many times the guard was resolved from DI (it is registered as transient to make this visible).</summary>
    public int GuardResolutions => Volatile.Read(ref guardResolutions);

    /// <summary>Every endpoint the app serves.</summary>
    public IReadOnlyList<Endpoint> Endpoints =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints;

    private WebApplication App => app ?? throw new InvalidOperationException("The app has not started.");

    public async Task InitializeAsync()
    {
        var builder = CreateBuilder();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower);
        builder.Services.AddTransient<IRouteGuard>(_ =>
        {
            Interlocked.Increment(ref guardResolutions);
            return Guard;
        });
        // Route files that take Auth need Clerk; the recording guard above stays the one [Protected] handlers call.
        builder.Services.AddClerk(options => options.JwtKey = Verification.TestRsaKeys.InstancePublicPem);
        builder.Services.AddSingleton<Greeter>();
        builder.Services.AddSingleton<IClock, FixedClock>();

        app = builder.Build();
        app.Use(TestUser.SignIn);
        app.MapRouteHandlers();
        await app.StartAsync();

        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>
    /// A builder for an app on a free loopback port, without logging noise or configuration file watchers (many
    /// apps start in one test run).
    /// </summary>
    public static WebApplicationBuilder CreateBuilder()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder;
    }
}
