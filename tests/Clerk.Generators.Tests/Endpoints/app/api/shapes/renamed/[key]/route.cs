using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.Renamed.Key;

// /api/shapes/renamed/{key}: a route value and a query value bound under other names.
public static class Route
{
    public static string GET([FromRoute(Name = "key")] string id, [FromQuery(Name = "q")] string? search) =>
        $"{id}:{search ?? "-"}";
}
