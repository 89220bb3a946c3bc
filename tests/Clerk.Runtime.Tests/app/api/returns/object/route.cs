using Clerk.Runtime.Tests.Models;

namespace Clerk.Runtime.Tests.App.Api.Returns.ObjectHandler;

// object: JSON of the runtime type (every property of Widget, not {}).
public static class Route
{
    public static object GET() => new Widget("object", 4);
}
