namespace Clerk.Runtime.Tests.App.Api.Session.Protected;

// The seed's auth.protect() form: signed out → 404 (or the sign-in redirect for a page load).
public static class Route
{
    [Protected]
    public static IResult GET() => Results.Json(new { message = "Hello world!" });
}
