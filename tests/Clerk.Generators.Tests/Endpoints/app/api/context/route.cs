using System.Security.Claims;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Context;

public sealed record ContextEcho(bool SameRequest, bool SameResponse, bool TokenIsRequestAborted, bool SameUser, string? UserName, string Path);

// /api/context: the request's own objects, bound by type.
public static class Route
{
    public static ContextEcho GET(
        HttpContext context,
        HttpRequest request,
        HttpResponse response,
        CancellationToken cancellationToken,
        ClaimsPrincipal user)
    {
        response.Headers["X-Handled-By"] = "context route";
        return new ContextEcho(
            SameRequest: ReferenceEquals(request, context.Request),
            SameResponse: ReferenceEquals(response, context.Response),
            TokenIsRequestAborted: cancellationToken == context.RequestAborted,
            SameUser: ReferenceEquals(user, context.User),
            UserName: user.Identity?.Name,
            Path: request.Path);
    }
}
