namespace Clerk.Generators.Tests.Endpoints.App.Api.Returns.TaskHandler;

// Task: awaited, then 200 with no body.
public static class Route
{
    public static async Task GET(HttpResponse response)
    {
        await Task.Yield();
        response.Headers["X-Ran"] = "task";
    }
}
