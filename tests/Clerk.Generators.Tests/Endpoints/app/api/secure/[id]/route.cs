using Clerk.Generators.Tests.Endpoints.Models;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Secure.Id;

// /api/secure/{id}: protected, so the guard answers before the int or the body is bound.
public static class Route
{
    [Protected]
    public static string GET(int id) => $"secret {id}";

    [Protected]
    public static string PUT(int id, Item item) => $"saved {id}: {item.DisplayName}";
}
