namespace Clerk.Generators.Tests.Endpoints.App.Api.Ping;

// /api/ping: a declared HEAD handler replaces the one served from GET.
public static class Route
{
    public static string GET() => "pong";

    public static void HEAD(HttpResponse response) => response.Headers["X-Head"] = "declared";
}
