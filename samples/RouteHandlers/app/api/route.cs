namespace RouteHandlers.App.Api;

public sealed record Greeting(string Message);

// GET /api: the seed's `await auth.protect()`. Signed out, an API call gets a 404 with an empty body and a page
// load a 307 to sign in; signed in, the handler runs.
public static class Route
{
    [Protected]
    public static Greeting GET() => new("Hello world!");
}
