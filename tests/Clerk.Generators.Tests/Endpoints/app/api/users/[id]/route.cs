using Clerk.Generators.Tests.Endpoints.Models;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Users.Id;

// /api/users/{id}: beats /api/users/[...rest]. Its attributes become endpoint metadata.
[RouteInfo("users", RouteKind.Collection, typeof(List<Widget>), 1, 2, Tags = new[] { "class", "level" })]
public static class Route
{
    [RouteInfo("user \"by id\"", RouteKind.Item, typeof(Widget),
        Tags = new[] { "a", "b" }, Weight = 0.5, Flags = RouteFlags.Cached | RouteFlags.Audited, Marker = 'x', Extra = 42L)]
    public static Widget GET(int id) => new($"user {id}", id);

    public static Item PUT(int id, Item item) => item with { Quantity = item.Quantity + id };

    public static void DELETE(int id)
    {
    }
}
