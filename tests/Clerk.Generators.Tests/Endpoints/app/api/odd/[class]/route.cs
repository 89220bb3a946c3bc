using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Odd.Class;

// /api/odd/{class}: names that are C# keywords or that the generated code uses for itself, and constant defaults of
// several types, all of which the generated binding code must spell correctly.
public static class Route
{
    public static string GET(
        string @class,
        [FromQuery] string? context,
        [FromQuery] string? result,
        [FromQuery(Name = "event")] int json = 0,
        double ratio = 0.5,
        decimal price = 1.5m,
        char separator = ',',
        long big = long.MaxValue,
        int? maybe = 5) =>
        string.Join(separator.ToString(), @class, context ?? "-", result ?? "-", json.ToString(CultureInfo.InvariantCulture),
            ratio.ToString(CultureInfo.InvariantCulture), price.ToString(CultureInfo.InvariantCulture),
            big.ToString(CultureInfo.InvariantCulture), maybe?.ToString(CultureInfo.InvariantCulture) ?? "null");
}
