namespace OddRoutes.App.Api.Orgs.OrgId.Members.MemberId;

public sealed record Member(string OrgId, int MemberId, string Role);

public sealed record MemberPatch(string Role);

// /api/orgs/{orgId}/members/{memberId}: two dynamic segments; memberId must parse as an int (else 400).
public static class Route
{
    public static Member GET(string orgId, int memberId) => new(orgId, memberId, "member");

    public static Member PATCH(string orgId, int memberId, MemberPatch patch) => new(orgId, memberId, patch.Role);

    public static void DELETE(string orgId, int memberId)
    {
    }
}
