using Clerk.Generators.Tests.Endpoints.Models;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Notes;

// /api/notes: an optional JSON body, and a generic collection as the body.
public static class Route
{
    public static string POST([FromBody] Item? item) => item is null ? "no item" : $"item {item.DisplayName}";

    public static int PUT(List<Item> items) => items.Sum(item => item.Quantity);
}
