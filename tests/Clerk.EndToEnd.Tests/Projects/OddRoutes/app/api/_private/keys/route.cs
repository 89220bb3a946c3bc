namespace OddRoutes.App.Api.Private.Keys;

// Below a private folder: never routed either.
public static class Route
{
    public static string GET() => "secret keys";
}
