using Clerk.Generators.Tests.Endpoints.Models;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Query.Optional;

public sealed record OptionalValues(int? Limit, string? Sort, int Offset, string Order, Color Color, bool Verbose);

// /api/query/optional: nullable and default-valued query values; the unannotated simple ones are inferred as query.
public static class Route
{
    public static OptionalValues GET(
        [FromQuery] int? limit,
        [FromQuery] string? sort,
        [FromQuery] int offset = 10,
        string order = "asc",
        Color color = Color.Green,
        bool verbose = false) =>
        new(limit, sort, offset, order, color, verbose);
}
