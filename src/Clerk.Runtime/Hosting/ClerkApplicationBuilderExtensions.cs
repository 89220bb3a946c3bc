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
        // Constructed here rather than by UseMiddleware<T>, which activates through reflection.
        return app.Use(next => new ClerkMiddleware(next, options, guard, responses).InvokeAsync);
    }
}
