using Clerk.Runtime.Tests.Models;

namespace Clerk.Runtime.Tests.App.Api.Types.EnumValue;

// /api/types/enum/{value}: an enum route value, by member name in any casing.
public static class Route
{
    public static string GET(Color value) => $"color:{value}";
}
