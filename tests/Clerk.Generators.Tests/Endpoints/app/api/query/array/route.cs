using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Query.Array;

public sealed record ArrayValues(int[] Ids, string[] Tags);

// /api/query/array: repeated query keys bound to arrays.
public static class Route
{
    public static ArrayValues GET([FromQuery] int[] id, [FromQuery(Name = "tag")] string[] tags) => new(id, tags);
}
