using Clerk.Endpoints;

namespace Clerk.Runtime.Tests.App.Api.Session.Whoami;

// Auth is computed once per request and shared by the guard and the handler.
public static class Route
{
    [Protected]
    public static async Task<string?> GET(Auth auth, HttpContext context) =>
        ReferenceEquals(auth, await ClerkRequest.GetAuthAsync(context)) ? auth.SessionId : "a second Auth";
}
