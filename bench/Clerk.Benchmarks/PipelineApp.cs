using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clerk.Benchmarks;

/// <summary>
/// The benchmark app: built as samples/RouteHandlers builds itself (WebApplication.CreateBuilder, its JSON context
/// first, AddClerk(), MapRouteHandlers() over app/api/**/route.cs), in Production, verifying networkless with the PEM
/// key of <see cref="BenchmarkTokens"/>, served in process by TestServer (no sockets, so the figures are the
/// pipeline's, not the loopback's).
/// </summary>
internal sealed class PipelineApp : IAsyncDisposable
{
    public const string AuthorizedParty = "https://app.example.com";

    private readonly WebApplication app;

    private readonly HttpClient checks;

    private PipelineApp(WebApplication app)
    {
        this.app = app;
        checks = CreateClient();
    }

    /// <summary>A new client of the in-process server.</summary>
    public HttpClient CreateClient() => app.GetTestClient();

    public static async Task<PipelineApp> StartAsync(string jwtKeyPem)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [],
            EnvironmentName = Environments.Production,
            ApplicationName = typeof(PipelineApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        // Added last, so these win over the machine's environment: the CLERK_* variables would otherwise override the
        // Clerk section (a blank one reads as unset), and a CLERK_SECRET_KEY left in a shell would change the setup.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Clerk:JwtKey"] = jwtKeyPem,
            ["Clerk:AuthorizedParties:0"] = AuthorizedParty,
            ["CLERK_JWT_KEY"] = "",
            ["CLERK_SECRET_KEY"] = "",
            ["CLERK_PUBLISHABLE_KEY"] = "",
            ["CLERK_AUTHORIZED_PARTIES"] = "",
        });
        // No log output: a console line per request would be most of what is measured.
        builder.Logging.ClearProviders();
        builder.Services.Configure<JsonOptions>(options =>
            options.SerializerOptions.TypeInfoResolverChain.Insert(0, BenchmarkJsonContext.Default));
        builder.Services.AddClerk();

        var app = builder.Build();
        app.MapRouteHandlers();
        await app.StartAsync();
        return new PipelineApp(app);
    }

    /// <summary>GET <paramref name="path"/>, with <c>Authorization: Bearer</c> when a token is given and no other credentials.</summary>
    public async Task<(int Status, string? MediaType, string Body)> GetAsync(string path, string? bearer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        using var response = await checks.SendAsync(request);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    public async ValueTask DisposeAsync()
    {
        checks.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
