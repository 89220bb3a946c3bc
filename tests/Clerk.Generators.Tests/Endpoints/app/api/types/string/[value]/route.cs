namespace Clerk.Generators.Tests.Endpoints.App.Api.Types.StringValue;

// /api/types/string/{value}: a route value taken as it is.
public static class Route
{
    public static string GET(string value) => $"string:{value}";
}
