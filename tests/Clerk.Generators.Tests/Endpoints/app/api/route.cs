namespace Clerk.Generators.Tests.Endpoints.App.Api;

// GET /api: the route file at the top of the app directory's api folder.
public static class Route
{
    public static string GET() => "api root";
}
