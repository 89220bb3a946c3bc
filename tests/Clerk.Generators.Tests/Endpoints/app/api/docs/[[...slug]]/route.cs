namespace Clerk.Generators.Tests.Endpoints.App.Api.Docs;

// /api/docs and /api/docs/{*slug}: an optional catch-all bound as its segments (none on the bare parent).
public static class Route
{
    public static string[] GET(string[] slug) => slug;
}
