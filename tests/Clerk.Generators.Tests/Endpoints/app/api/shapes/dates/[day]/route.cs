namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.Dates.Day;

// /api/shapes/dates/{day}: date and time types from a route value and the query string.
public static class Route
{
    public static string GET(DateOnly day, DateTimeOffset? since, TimeSpan? within, TimeOnly? at) =>
        $"{day:yyyy-MM-dd} {since?.ToUnixTimeSeconds().ToString() ?? "-"} {within?.TotalMinutes.ToString() ?? "-"} {at?.ToString("HH:mm") ?? "-"}";
}
