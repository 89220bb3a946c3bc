using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Clerk.Tests.Hosting;

/// <summary>
/// An ASP.NET Core app in the test process, served by a real Kestrel on a free 127.0.0.1 port, with a client that
/// sees each response exactly as the server sent it: a redirect is the answer under test, not a hop to follow, and a
/// Cookie header set on a request is sent as written. Disposing stops the app.
/// </summary>
internal sealed class LoopbackApp : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackApp(WebApplication app)
    {
        this.app = app;
        Url = new Uri(app.Urls.Single());
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Url };
    }

    /// <summary>The app's root, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Url { get; }

    /// <summary>A client whose base address is <see cref="Url"/>.</summary>
    public HttpClient Client { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>
    /// A builder for an app on a free loopback port in <paramref name="environment"/> (Production unless the test
    /// host says otherwise), without logging noise or configuration file watchers: many apps start in one test run.
    /// </summary>
    public static WebApplicationBuilder CreateBuilder(string? environment = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder;
    }

    /// <summary>Starts <paramref name="app"/> (built from <see cref="CreateBuilder"/>) and returns once Kestrel listens.</summary>
    public static async Task<LoopbackApp> StartAsync(WebApplication app)
    {
        await app.StartAsync();
        return new LoopbackApp(app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
