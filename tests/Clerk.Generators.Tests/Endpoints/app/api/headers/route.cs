using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Headers;

// /api/headers: header values by explicit name, required and optional.
public static class Route
{
    public static string GET(
        [FromHeader(Name = "X-Api-Version")] int version,
        [FromHeader(Name = "X-Trace-Id")] string? trace) =>
        $"v{version} trace={trace ?? "none"}";
}
