namespace RouteHandlers.App.Api.Lib;

// Private folder: never routed.
public static class Route
{
    public static string GET() => "private";
}
