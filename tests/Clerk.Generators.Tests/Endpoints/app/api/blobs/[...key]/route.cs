namespace Clerk.Generators.Tests.Endpoints.App.Api.Blobs;

// /api/blobs/{*key}: a catch-all bound as the rest of the path in one string.
public static class Route
{
    public static string GET(string key) => $"key:{key}";
}
