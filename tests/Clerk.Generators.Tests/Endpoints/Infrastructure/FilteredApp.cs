namespace Clerk.Generators.Tests.Endpoints.Infrastructure;

/// <summary>
/// The route files with an endpoint filter on <c>MapRouteHandlers()</c>'s group, as an app adds one to a group of
/// minimal APIs. The filter reports the arguments it sees (<c>X-Arguments</c>) and what the handler returned
/// (<c>X-Result</c>); <c>?first=</c> makes it replace the first argument, <c>?block</c> makes it answer 418 itself.
/// </summary>
public sealed class FilteredApp : ServedRouteFiles
{
    protected override void Map(WebApplication web)
    {
        web.Use(TestUser.SignIn);
        web.MapRouteHandlers().AddEndpointFilter(async (invocation, next) =>
        {
            var query = invocation.HttpContext.Request.Query;
            if (query.ContainsKey("block"))
            {
                return TypedResults.StatusCode(StatusCodes.Status418ImATeapot);
            }
            if (query["first"] is [{ } first])
            {
                invocation.Arguments[0] = int.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
            }
            var headers = invocation.HttpContext.Response.Headers;
            headers["X-Arguments"] = string.Join("|", invocation.Arguments.Select(argument => argument?.ToString() ?? "null"));
            var result = await next(invocation);
            headers["X-Result"] = result?.GetType().Name ?? "null";
            return result;
        });
    }
}
