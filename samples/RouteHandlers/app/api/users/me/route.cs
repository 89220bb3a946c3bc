namespace RouteHandlers.App.Api.Users.Me;

// GET /api/users/me: a static segment wins over /api/users/[id].
public static class Route
{
    public static string GET() => "me";
}
