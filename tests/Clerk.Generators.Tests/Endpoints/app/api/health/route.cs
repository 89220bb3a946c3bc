namespace Clerk.Generators.Tests.Endpoints.App.Api.Health;

// GET /api/health: a static segment, and an unprotected route the guard must never see.
public static class Route
{
    public static string GET() => "healthy";
}
