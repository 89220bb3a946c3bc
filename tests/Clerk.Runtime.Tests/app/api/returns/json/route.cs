using Clerk.Runtime.Tests.Models;

namespace Clerk.Runtime.Tests.App.Api.Returns.JsonHandler;

// Any T: JSON of the declared type.
public static class Route
{
    public static Widget GET() => new("json", 3);
}
