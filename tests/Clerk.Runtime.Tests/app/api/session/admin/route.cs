namespace Clerk.Runtime.Tests.App.Api.Session.Admin;

// Org-role protection: "admin" and "org:admin" are the same role.
[Protected(Role = "admin")]
public static class Route
{
    public static string GET() => "admin";

    [Protected(Permission = "org:invoices:create")]
    public static string POST() => "invoice created";
}
