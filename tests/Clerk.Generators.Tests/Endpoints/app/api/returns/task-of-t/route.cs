using Clerk.Generators.Tests.Endpoints.Models;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Returns.TaskOfTHandler;

// Task<T>: awaited, then JSON.
public static class Route
{
    public static async Task<Widget> GET()
    {
        await Task.Yield();
        return new Widget("task of t", 5);
    }
}
