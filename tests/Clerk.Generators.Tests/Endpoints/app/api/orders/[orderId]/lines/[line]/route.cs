using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Orders.OrderId.Lines.Line;

// /api/orders/{orderId}/lines/{line}: nested dynamic segments, inferred and [FromRoute].
public static class Route
{
    public static string GET(int orderId, [FromRoute] int line) => $"order {orderId} line {line}";
}
