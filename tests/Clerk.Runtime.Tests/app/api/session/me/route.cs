namespace Clerk.Runtime.Tests.App.Api.Session.Me;

// The seed's isAuthenticated check, and auth.Protect() inside a handler.
public static class Route
{
    public static IResult GET(Auth auth) => auth.IsAuthenticated
        ? Results.Json(new { userId = auth.UserId, orgRole = auth.OrgRole })
        : Results.Json(new { error = "Error: No signed in user" }, statusCode: 401);

    public static string POST(Auth auth)
    {
        auth.Protect(permission: "org:invoices:create");
        return "created";
    }

    public static string DELETE(Auth auth)
    {
        auth.Protect(role: "admin", unauthorizedUrl: "/denied");
        return "deleted";
    }
}
