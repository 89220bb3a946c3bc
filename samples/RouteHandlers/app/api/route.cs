namespace RouteHandlers.App.Api;

// GET /api
public static class Route
{
    public static IResult GET() => Results.Json(new { message = "Hello world!" });
}
