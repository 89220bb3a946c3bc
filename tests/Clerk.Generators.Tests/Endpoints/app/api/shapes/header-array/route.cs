using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.HeaderArray;

// /api/shapes/header-array: repeated headers as arrays of strings and of parsed values.
public static class Route
{
    public static string GET([FromHeader(Name = "X-Tag")] string[] tags, [FromHeader(Name = "X-Id")] int[] ids) =>
        $"{string.Join("|", tags)} {ids.Sum()}";
}
