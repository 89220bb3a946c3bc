namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.QueryArray;

// /api/shapes/query-array: repeated query keys as arrays, inferred without [FromQuery].
public static class Route
{
    public static string GET(int[] ids, string[] names, double[]? weights) =>
        $"{ids.Sum()} {string.Join("+", names)} {weights?.Sum() ?? -1}";
}
