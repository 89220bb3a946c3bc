namespace Clerk.Generators.Tests.Endpoints.App.Api.Users.Rest;

// /api/users/{*rest}: the least specific route under /api/users.
public static class Route
{
    public static string GET(string[] rest) => $"rest:{string.Join("|", rest)}";

    public static string POST(string rest) => $"rest post:{rest}";
}
