namespace RouteHandlers.App.Api.Reports;

public sealed record Report(string Title, IReadOnlyList<string> Permissions);

// GET /api/reports: auth.Protect() inside the handler, with a permission from the active organization's role
// (org:reports:read, given to both roles by the development seed). Same outcomes as [Protected].
public static class Route
{
    public static Report GET(Auth auth)
    {
        auth.Protect(permission: "org:reports:read");
        return new Report($"Reports for {auth.OrgSlug}", auth.OrgPermissions);
    }
}
