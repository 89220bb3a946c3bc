using Clerk.Generators.Tests.Endpoints.Models;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Returns.ObjectHandler;

// object: JSON of the runtime type (every property of Widget, not {}).
public static class Route
{
    public static object GET() => new Widget("object", 4);
}
