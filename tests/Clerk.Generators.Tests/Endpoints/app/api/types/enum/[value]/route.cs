using Clerk.Generators.Tests.Endpoints.Models;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Types.EnumValue;

// /api/types/enum/{value}: an enum route value, by member name in any casing.
public static class Route
{
    public static string GET(Color value) => $"color:{value}";
}
