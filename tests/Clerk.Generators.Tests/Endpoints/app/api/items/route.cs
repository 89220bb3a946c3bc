using Clerk.Generators.Tests.Endpoints.Models;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Items;

// /api/items: JSON bodies, [FromBody] and inferred on POST, PUT and PATCH. No GET.
public static class Route
{
    public static IResult POST([FromBody] Item item) => Results.Created($"/api/items/{item.DisplayName}", item);

    public static Item PUT(Item item) => item with { Quantity = item.Quantity * 10 };

    // The interface is a service even on PATCH: only a concrete type is inferred as the body.
    public static string PATCH(Item item, IClock clock) => $"{item.DisplayName} x{item.Quantity} at {clock.Now:yyyy-MM-dd}";
}
