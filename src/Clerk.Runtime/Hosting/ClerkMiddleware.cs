using Clerk.Endpoints;
using Microsoft.AspNetCore.Http;

namespace Clerk.Hosting;

/// <summary>
/// Protects the URL space configured with <see cref="ClerkMiddlewareOptions"/>, and answers a
/// <see cref="ProtectException"/> thrown by <c>auth.Protect()</c> in any endpoint downstream.
/// </summary>
internal sealed class ClerkMiddleware(RequestDelegate next, ClerkMiddlewareOptions options, ClerkRouteGuard guard, ProtectResponses responses)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        foreach (var (matcher, requirements) in options.Rules)
        {
            if (matcher.IsMatch(path) && !await guard.AllowAsync(context, requirements))
            {
                return;
            }
        }
        try
        {
            await next(context);
        }
        catch (ProtectException denied) when (!context.Response.HasStarted)
        {
            await responses.WriteAsync(context, denied.Outcome, denied.Requirements);
        }
    }
}
