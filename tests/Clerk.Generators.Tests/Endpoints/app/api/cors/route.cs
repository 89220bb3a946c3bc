namespace Clerk.Generators.Tests.Endpoints.App.Api.Cors;

// /api/cors: a declared OPTIONS handler replaces the automatic 204.
public static class Route
{
    public static string GET() => "cors";

    public static IResult OPTIONS(HttpResponse response)
    {
        response.Headers.AccessControlAllowOrigin = "*";
        return Results.Text("custom options");
    }
}
