namespace RouteHandlers.App.Api.Docs;

// /api/docs and /api/docs/{*slug}.
public static class Route
{
    public static string GET(string? slug) => slug is null ? "index" : $"doc {slug}";
}
