using Microsoft.AspNetCore.Mvc;

namespace RouteHandlers.App.Api.Stats;

// /api/stats: the (admin) group folder is not part of the URL.
public static class Route
{
    public static IResult GET(HttpContext context, [FromHeader(Name = "X-Trace")] string? trace) =>
        Results.Json(new { path = context.Request.Path.Value, trace });
}
