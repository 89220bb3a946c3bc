namespace Clerk.Generators.Tests.Endpoints.App.Api.Returns.ValueTaskOfStringHandler;

// ValueTask<string>: awaited, then text/plain.
public static class Route
{
    public static async ValueTask<string> GET()
    {
        await Task.Yield();
        return "value task text";
    }
}
