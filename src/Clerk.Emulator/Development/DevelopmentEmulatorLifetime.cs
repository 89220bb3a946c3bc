using System.Reflection;
using Clerk.Emulator.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Clerk.Emulator.Development;

/// <summary>
/// Says where the app's Clerk lives when it starts, points webhook delivery at the app's own webhook routes once it
/// listens, and stops the emulator with the app.
/// </summary>
internal sealed class DevelopmentEmulatorLifetime(
    ClerkEmulator emulator,
    ClerkEmulatorDevelopmentOptions options,
    IHostApplicationLifetime lifetime,
    IServer server,
    EndpointDataSource endpoints,
    ILogger<DevelopmentEmulatorLifetime> logger) : IHostedService
{
    // Recognised by name: the emulator does not depend on Clerk.Runtime, whose handlers take this type.
    private const string WebhookEventType = "Clerk.ClerkWebhookEvent";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        EmulatorLog.DevelopmentEmulator(logger, emulator.ApiUrl, options.SignInPath);
        lifetime.ApplicationStarted.Register(DeliverToTheAppsWebhookRoutes);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await emulator.DisposeAsync();

    /// <summary>Every POST route whose handler takes a ClerkWebhookEvent, at the app's own (loopback) address.</summary>
    private void DeliverToTheAppsWebhookRoutes()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .FirstOrDefault(candidate => candidate.StartsWith("http://", StringComparison.Ordinal));
        if (address is null)
        {
            return;
        }
        var origin = address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal)
            .TrimEnd('/');
        foreach (var endpoint in endpoints.Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true
                && endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters()
                    .Any(parameter => parameter.ParameterType.FullName == WebhookEventType) == true
                && endpoint.RoutePattern.Parameters.Count == 0)
            {
                var url = origin + endpoint.RoutePattern.RawText;
                emulator.AddWebhookEndpoint(url);
                EmulatorLog.DeliveringWebhooks(logger, url);
            }
        }
    }
}
