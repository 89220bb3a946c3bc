namespace Clerk.Generators.Tests.Endpoints.App.Api.Private.Nested;

// Below a private folder: never routed either.
public static class Route
{
    public static string GET() => "nested";
}
