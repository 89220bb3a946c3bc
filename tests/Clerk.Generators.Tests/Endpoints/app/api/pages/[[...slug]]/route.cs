namespace Clerk.Generators.Tests.Endpoints.App.Api.Pages;

// /api/pages and /api/pages/{*slug}: an optional catch-all bound as one string (null on the bare parent).
public static class Route
{
    public static string GET(string? slug) => slug is null ? "index" : $"page:{slug}";
}
