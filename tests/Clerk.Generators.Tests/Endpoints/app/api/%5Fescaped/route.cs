namespace Clerk.Generators.Tests.Endpoints.App.Api.Escaped;

// /api/_escaped: %5F spells a leading underscore in a folder that is routed.
public static class Route
{
    public static string GET() => "escaped";
}
