using Clerk.Generators.Tests.Endpoints.Models;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Returns.JsonHandler;

// Any T: JSON of the declared type.
public static class Route
{
    public static Widget GET() => new("json", 3);
}
