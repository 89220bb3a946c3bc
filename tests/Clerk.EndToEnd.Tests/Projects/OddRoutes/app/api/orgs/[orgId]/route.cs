namespace OddRoutes.App.Api.Orgs.OrgId;

public sealed record OrgRename(string Name);

public sealed record Org(string Id, string Name);

// /api/orgs/{orgId}: a string route value, and PUT with a JSON body.
public static class Route
{
    public static string GET(string orgId) => $"org {orgId}";

    public static async Task<Org> PUT(string orgId, OrgRename rename, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return new Org(orgId, rename.Name);
    }
}
