namespace Clerk.Generators.Tests.Endpoints.App.Api.Private;

// A private folder: never routed.
public static class Route
{
    public static string GET() => "private";
}
