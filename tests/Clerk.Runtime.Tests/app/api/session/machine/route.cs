namespace Clerk.Runtime.Tests.App.Api.Session.Machine;

// Accepts API keys only: a session token is the wrong type (401).
public static class Route
{
    [Protected(Token = TokenTypes.ApiKey)]
    public static string GET() => "machine";
}
