namespace Clerk.Generators.Tests.Endpoints.App.Api.Files;

// /api/files/{*path}: a catch-all (one segment or more) bound as its segments.
public static class Route
{
    public static string[] GET(string[] path) => path;
}
