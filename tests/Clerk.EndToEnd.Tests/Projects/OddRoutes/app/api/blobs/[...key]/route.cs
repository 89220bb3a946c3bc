namespace OddRoutes.App.Api.Blobs.Key;

// /api/blobs/{*key}: a required catch-all, so the bare /api/blobs is not this route.
public static class Route
{
    public static string GET(string[] key) => string.Join("|", key);
}
