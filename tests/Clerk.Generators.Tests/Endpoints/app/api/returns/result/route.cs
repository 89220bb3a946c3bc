using Clerk.Generators.Tests.Endpoints.Models;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Returns.ResultHandler;

// IResult: executed as it is (its own status code and JSON settings).
public static class Route
{
    public static IResult GET() => Results.Json(new Widget("result", 1), statusCode: StatusCodes.Status202Accepted);
}
