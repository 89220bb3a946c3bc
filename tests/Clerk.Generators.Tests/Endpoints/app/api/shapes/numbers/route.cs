namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.Numbers;

public sealed record Numbers(decimal Price, double Ratio, long? Big, bool Flag, byte Small, Guid? Id);

// /api/shapes/numbers: numeric, boolean and Guid query values, required, defaulted and nullable.
public static class Route
{
    public static Numbers GET(decimal price, double ratio = 1.5, long? big = null, bool flag = false, byte small = 1, Guid? id = null) =>
        new(price, ratio, big, flag, small, id);
}
