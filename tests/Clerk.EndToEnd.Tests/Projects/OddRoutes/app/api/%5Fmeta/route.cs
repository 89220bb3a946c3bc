namespace OddRoutes.App.Api.Meta;

// /api/_meta: %5F escapes the leading underscore, so this folder is routed. OPTIONS is declared, so the automatic
// 204 answer is not used.
public static class Route
{
    public static string GET() => "meta";

    public static IResult OPTIONS() => Results.Text("custom options");
}
