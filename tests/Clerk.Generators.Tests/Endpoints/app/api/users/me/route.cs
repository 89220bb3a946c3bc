namespace Clerk.Generators.Tests.Endpoints.App.Api.Users.Me;

// GET /api/users/me: a static segment beats /api/users/[id] and /api/users/[...rest]. No POST, although
// [...rest] has one: a POST here is a 405 from this file.
public static class Route
{
    public static string GET() => "me";
}
