namespace Clerk.Generators.Tests.Endpoints.App.Api.Returns.ValueTaskHandler;

// ValueTask: awaited, then 200 with no body.
public static class Route
{
    public static async ValueTask GET(HttpResponse response)
    {
        await Task.Yield();
        response.Headers["X-Ran"] = "valuetask";
    }
}
