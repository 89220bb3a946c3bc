namespace OddRoutes.App.Api.Orgs;

public sealed record NewOrg(string Name);

// /api/orgs: POST reads a JSON body and answers 201 with a Location.
public static class Route
{
    public static string GET() => "orgs";

    public static IResult POST(NewOrg org) => Results.Created($"/api/orgs/{org.Name}", org);
}
