namespace OddRoutes.App.Api.Health;

// /api/health: the (internal) group folder is not part of the URL. HEAD is declared, so it is not served from GET.
public static class Route
{
    public static string GET() => "healthy";

    public static void HEAD(HttpResponse response) => response.Headers["X-Health"] = "ok";
}
