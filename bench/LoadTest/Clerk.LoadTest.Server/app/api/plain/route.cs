namespace Clerk.LoadTest.Server.App.Api.Plain;

// Case (a): GET /api/plain, a generated endpoint that checks nothing.
public static class Route
{
    public static Payload GET() => Payload.Create();
}
