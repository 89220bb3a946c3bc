using Clerk.Generators.Tests.Endpoints.Models;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.OptionalBody;

// /api/shapes/optional-body: a JSON body that may be left out.
public static class Route
{
    public static string POST([FromBody] Item? item = null) => item is null ? "no item" : $"{item.DisplayName} x{item.Quantity}";
}
