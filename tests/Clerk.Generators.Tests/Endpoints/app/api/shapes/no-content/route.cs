using Microsoft.AspNetCore.Http.HttpResults;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.Empty;

// /api/shapes/no-content: asynchronous IResult and typed results without a body.
public static class Route
{
    public static async Task<IResult> DELETE(CancellationToken cancellationToken)
    {
        await Task.Yield();
        return cancellationToken.IsCancellationRequested ? Results.StatusCode(499) : Results.NoContent();
    }

    public static Results<NoContent, BadRequest<string>, Accepted> POST(string? mode) => mode switch
    {
        null => TypedResults.NoContent(),
        "later" => TypedResults.Accepted("/api/shapes/no-content"),
        _ => TypedResults.BadRequest($"unknown mode {mode}"),
    };
}
