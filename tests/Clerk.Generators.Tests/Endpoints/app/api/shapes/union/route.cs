using Clerk.Generators.Tests.Endpoints.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.Union;

// /api/shapes/union: an awaited Results<...> of four kinds, a problem among them.
public static class Route
{
    public static async ValueTask<Results<Ok<Widget>, NotFound<string>, ProblemHttpResult, JsonHttpResult<Widget>>> GET(int pick)
    {
        await Task.Yield();
        return pick switch
        {
            0 => TypedResults.Ok(new Widget("zero", 0)),
            1 => TypedResults.NotFound("nothing at 1"),
            2 => TypedResults.Problem("two is a problem", statusCode: 409),
            _ => TypedResults.Json(new Widget("other", pick), statusCode: 202),
        };
    }
}
