namespace Clerk.Runtime.Tests.App.Api.Session.Redirects;

[Protected(Role = "org:admin", UnauthenticatedUrl = "/login", UnauthorizedUrl = "/denied")]
public static class Route
{
    public static string GET() => "admin";
}
