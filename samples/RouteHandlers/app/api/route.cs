namespace RouteHandlers.App.Api;

public sealed record Greeting(string Message);

// GET /api
public static class Route
{
    public static Greeting GET() => new("Hello world!");
}
