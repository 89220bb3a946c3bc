namespace RouteHandlers.App.Api.IsAuthenticated;

public sealed record SignedInUser(string? UserId);

public sealed record AuthError(string Error);

// GET /api/is-authenticated: the seed's `const { isAuthenticated, userId } = await auth()` check. Not [Protected]:
// the handler decides, and answers a signed-out caller with a 401 JSON error.
public static class Route
{
    public static IResult GET(Auth auth) => auth.IsAuthenticated
        ? Results.Json(new SignedInUser(auth.UserId), AppJsonContext.Default.SignedInUser)
        : Results.Json(new AuthError("Error: No signed in user"), AppJsonContext.Default.AuthError, statusCode: 401);
}
