namespace Clerk.LoadTest.Server.App.Api.Protected;

// Case (b): GET /api/protected, the same handler as /api/plain behind Clerk's session-token check.
public static class Route
{
    [Protected]
    public static Payload GET() => Payload.Create();
}
