namespace Clerk.Generators.Tests.Endpoints.App.Api.Stats;

// /api/stats: the (admin) route group is not part of the URL.
public static class Route
{
    public static string GET() => "stats";
}
