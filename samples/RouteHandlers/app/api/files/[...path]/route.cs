namespace RouteHandlers.App.Api.Files;

public sealed record FilePath(string[] Segments);

// /api/files/{*path}: one segment or more.
public static class Route
{
    public static FilePath GET(string[] path) => new(path);
}
