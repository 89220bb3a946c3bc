namespace Clerk.Generators.Tests.Endpoints.App.Api.Returns.TaskOfResultHandler;

// Task<IResult>: awaited, then executed.
public static class Route
{
    public static async Task<IResult> GET()
    {
        await Task.Yield();
        return Results.Text("teapot", "text/plain", statusCode: 418);
    }
}
