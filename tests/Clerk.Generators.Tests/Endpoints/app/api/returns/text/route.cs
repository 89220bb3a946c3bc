namespace Clerk.Generators.Tests.Endpoints.App.Api.Returns.TextHandler;

// string: text/plain.
public static class Route
{
    public static string GET() => "plain text";
}
