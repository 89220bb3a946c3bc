namespace OddRoutes.App.Api.Orgs.OrgId.Members.Me;

// /api/orgs/{orgId}/members/me: the static segment wins over [memberId] (which would answer 400 for "me").
public static class Route
{
    public static string GET(string orgId) => $"me in {orgId}";
}
