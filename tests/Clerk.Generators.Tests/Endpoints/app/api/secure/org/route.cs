namespace Clerk.Generators.Tests.Endpoints.App.Api.Secure.Org;

// /api/secure/org: class-level [Protected] refined per method.
[Protected(Role = "org:admin")]
public static class Route
{
    [Protected(Permission = "org:x:y", Token = TokenTypes.SessionToken | TokenTypes.ApiKey)]
    public static string GET() => "org";

    public static string POST() => "org post";
}
