using Microsoft.AspNetCore.Mvc;

namespace RouteHandlers.App.Api.Stats;

public sealed record Stats(string? Path, string? Trace);

// /api/stats: the (admin) group folder is not part of the URL.
public static class Route
{
    public static Stats GET(HttpContext context, [FromHeader(Name = "X-Trace")] string? trace) =>
        new(context.Request.Path.Value, trace);
}
