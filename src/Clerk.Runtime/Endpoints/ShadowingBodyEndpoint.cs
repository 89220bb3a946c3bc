using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Clerk.Endpoints;

/// <summary>
/// Why a request reached a route's 405 endpoint although a more specific route declares its method: routing drops an
/// endpoint whose accepted content types the request does not have before it picks one, so <c>PUT /api/users/7</c>
/// with a text body skips <c>[id]</c>'s JSON handler and lands on <c>[...rest]</c>'s 405. The path picks the route
/// file, so the answer is the more specific route's: 415, as routing answers it when nothing else matches.
/// </summary>
/// <remarks>
/// Looked up when a 405 is about to be sent, which well-behaved clients never cause: the request path pays nothing.
/// Routing offers no hook between its content-type check and its choice that could do this as it matches.
/// </remarks>
internal static class ShadowingBodyEndpoint
{
    /// <summary>Marks the 405 endpoints, which never shadow one another.</summary>
    public static readonly object Fallback = new();

    /// <summary>
    /// Whether an endpoint more specific than the current one matches the path and method and was passed over only
    /// because it does not accept the request's content type.
    /// </summary>
    public static bool RefusesContentType(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint current)
        {
            return false;
        }
        var method = context.Request.Method;
        var path = context.Request.Path;
        foreach (var endpoint in context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints)
        {
            if (endpoint is RouteEndpoint route
                && route.RoutePattern.InboundPrecedence < current.RoutePattern.InboundPrecedence
                && !route.Metadata.Contains(Fallback)
                && route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(method, StringComparer.OrdinalIgnoreCase) == true
                && route.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts
                && !Accepts(accepts, context.Request.ContentType)
                && new TemplateMatcher(new RouteTemplate(route.RoutePattern), new RouteValueDictionary()).TryMatch(path, new RouteValueDictionary()))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Accepts(IAcceptsMetadata accepts, string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return accepts.IsOptional;
        }
        if (!MediaTypeHeaderValue.TryParse(contentType, out var requested))
        {
            return false;
        }
        return accepts.ContentTypes.Any(accepted =>
            MediaTypeHeaderValue.TryParse(accepted, out var type) && requested.IsSubsetOf(type));
    }
}
