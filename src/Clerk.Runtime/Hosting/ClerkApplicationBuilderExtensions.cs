using Clerk.Endpoints;
using Clerk.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds Clerk's middleware to the request pipeline.</summary>
public static class ClerkApplicationBuilderExtensions
{
    /// <summary>
    /// The C# form of Next.js's <c>clerkMiddleware()</c>: protects the URL patterns given in
    /// <paramref name="configure"/> (<c>clerk.Protect("/api/admin(.*)")</c>), and turns <c>auth.Protect()</c> in
    /// hand-written endpoints into Clerk's responses. Generated route handlers need neither.
    /// </summary>
    public static IApplicationBuilder UseClerk(this IApplicationBuilder app, Action<Clerk.Hosting.ClerkMiddlewareOptions>? configure = null)
    {
        var guard = app.ApplicationServices.GetService<ClerkRouteGuard>()
            ?? throw new InvalidOperationException("app.UseClerk() needs Clerk's services: call builder.Services.AddClerk() before builder.Build().");
        var responses = app.ApplicationServices.GetRequiredService<ProtectResponses>();
        var options = new Clerk.Hosting.ClerkMiddlewareOptions();
        configure?.Invoke(options);
        WarnOfCoveredWebhooks(app.ApplicationServices, options);
        // Constructed here rather than by UseMiddleware<T>, which activates through reflection.
        return app.Use(next => new ClerkMiddleware(next, options, guard, responses).InvokeAsync);
    }

    /// <summary>
    /// Once the app has started (its routes are mapped by then), warns of each webhook route a protection pattern
    /// covers: Clerk's webhooks carry no session, so the middleware would answer every event 404 and Clerk would retry
    /// it until it gave up. A warning, not an error: a pattern may be meant for browsers, and the route may be unused.
    /// </summary>
    private static void WarnOfCoveredWebhooks(IServiceProvider services, Clerk.Hosting.ClerkMiddlewareOptions options)
    {
        if (options.Rules.Count == 0 || services.GetService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>() is not { } lifetime)
        {
            return;
        }
        lifetime.ApplicationStarted.Register(() =>
        {
            var logger = services.GetService<Microsoft.Extensions.Logging.ILoggerFactory>()?.CreateLogger("Clerk.Hosting.ClerkMiddleware");
            var endpoints = services.GetService<Microsoft.AspNetCore.Routing.EndpointDataSource>()?.Endpoints ?? [];
            foreach (var endpoint in endpoints.OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>())
            {
                if (!endpoint.Metadata.Contains(WebhookReceiver.Instance) || logger is null)
                {
                    continue;
                }
                // A concrete path for the template: each route value as one segment.
                var path = System.Text.RegularExpressions.Regex.Replace(endpoint.RoutePattern.RawText ?? "/", "{[^}]*}", "x");
                foreach (var (matcher, _) in options.Rules.Where(rule => rule.Matcher.IsMatch(path)))
                {
                    HostingLog.WebhookRouteProtected(logger, endpoint.RoutePattern.RawText ?? path, matcher.Pattern);
                }
            }
        });
    }
}
