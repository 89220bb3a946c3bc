using Clerk.Generators.Tests.Endpoints.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Returns.TypedResultsHandler;

// Results<T1, T2>: a type implementing IResult is executed too.
public static class Route
{
    public static Results<Ok<Widget>, NotFound> GET(bool found) =>
        found ? TypedResults.Ok(new Widget("typed", 2)) : TypedResults.NotFound();
}
