using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clerk.Endpoints;

/// <summary>
/// Next.js's automatic methods for a route file: <c>OPTIONS</c> answers 204 with the sorted <c>Allow</c> header when
/// the file declares no OPTIONS handler, and every other standard method answers 405 with <c>Allow</c>.
/// </summary>
/// <remarks>
/// ASP.NET Core's own 405 only fires when no endpoint matches the path for the method; mapping the rest of the
/// methods on the route's own template keeps Next.js's rule that the path picks the route file first, so a POST to
/// <c>/api/users/me</c> is a 405 from that file even when <c>/api/users/[...rest]</c> has a POST handler.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MethodFallbacks
{
    private static readonly string[] StandardMethods = ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE"];

    /// <summary>Maps the automatic OPTIONS (unless declared) and the 405 endpoint for <paramref name="template"/>.</summary>
    /// <param name="endpoints">Where the route's handlers were mapped.</param>
    /// <param name="template">The route template.</param>
    /// <param name="allowed">Every method the route answers, OPTIONS and HEAD included, sorted.</param>
    /// <param name="mapOptions">False when the route file declares its own OPTIONS handler.</param>
    public static void Map(IEndpointRouteBuilder endpoints, string template, string[] allowed, bool mapOptions)
    {
        var allow = string.Join(", ", allowed);
        if (mapOptions)
        {
            endpoints.MapMethods(template, ["OPTIONS"], context =>
                {
                    context.Response.StatusCode = StatusCodes.Status204NoContent;
                    context.Response.Headers.Allow = allow;
                    return Task.CompletedTask;
                })
                .WithDisplayName($"OPTIONS {template} (automatic)");
        }

        var rejected = StandardMethods.Except(allowed, StringComparer.OrdinalIgnoreCase).ToArray();
        if (rejected.Length == 0)
        {
            return;
        }
        endpoints.MapMethods(template, rejected, context =>
            {
                if (ShadowingBodyEndpoint.RefusesContentType(context))
                {
                    context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                    return Task.CompletedTask;
                }
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                context.Response.Headers.Allow = allow;
                return Task.CompletedTask;
            })
            .WithMetadata(ShadowingBodyEndpoint.Fallback)
            .WithDisplayName($"405 {template}");
    }
}
