namespace Clerk.Runtime.Tests.App.Api.Private;

// A private folder: never routed.
public static class Route
{
    public static string GET() => "private";
}
