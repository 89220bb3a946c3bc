using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Query.Required;

// /api/query/required: required query values, with and without a Name.
public static class Route
{
    public static string GET([FromQuery] int page, [FromQuery(Name = "per-page")] int perPage) => $"page {page} of {perPage}";
}
