using Clerk.Generators.Tests.Endpoints.Models;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Binders.Parsed.Point;

// /api/binders/parsed/{point}: types with their own TryParse (no IParsable), as a route value, a query value and an
// array of query values.
public static class Route
{
    public static string GET(Coordinate point, Slug? slug, Coordinate[] path) =>
        $"{point.X}:{point.Y} {slug?.Text ?? "-"} [{string.Join(" ", path.Select(step => $"{step.X}:{step.Y}"))}]";
}
