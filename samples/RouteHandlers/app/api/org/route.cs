namespace RouteHandlers.App.Api.Org;

public sealed record OrgMembership(string? OrgId, string? OrgSlug, string? OrgRole);

// GET /api/org: only an admin of the active organization. Anyone else signed in gets a 404 (Clerk never answers 403,
// which would confirm the route exists); signed out, a 404 or the sign-in redirect.
public static class Route
{
    [Protected(Role = "org:admin")]
    public static OrgMembership GET(Auth auth) => new(auth.OrgId, auth.OrgSlug, auth.OrgRole);
}
