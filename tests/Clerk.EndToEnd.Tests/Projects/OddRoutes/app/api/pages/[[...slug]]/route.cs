namespace OddRoutes.App.Api.Pages.Slug;

// /api/pages and /api/pages/{*slug}: an optional catch-all also answers the bare parent.
public static class Route
{
    public static string GET(string? slug) => slug ?? "(index)";
}
