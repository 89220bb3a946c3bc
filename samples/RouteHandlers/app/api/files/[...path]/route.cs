namespace RouteHandlers.App.Api.Files;

// /api/files/{*path}: one segment or more.
public static class Route
{
    public static object GET(string[] path) => new { segments = path };
}
