using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Orders.OrderId;

// /api/orders/{orderId}: a route value bound to a parameter of another name.
public static class Route
{
    public static string GET([FromRoute(Name = "orderId")] int id) => $"order {id}";
}
