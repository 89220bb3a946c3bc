using Clerk.Generators.Tests.Endpoints.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.Created;

// /api/shapes/created: Created<T> with a Location header, from an inferred JSON body.
public static class Route
{
    public static Created<Item> POST(Item item) => TypedResults.Created($"/api/shapes/created/{item.DisplayName}", item);
}
