using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Validated;

public sealed record Order([property: Required] string? Name, [property: Range(1, 5)] int Quantity);

// Taken by no minimal API: the SDK's validations generator finds it by its attribute.
#pragma warning disable ASP0029 // [ValidatableType] is experimental in .NET 10.
[Microsoft.Extensions.Validation.ValidatableType]
#pragma warning restore ASP0029
public sealed record Rename([property: Required, MinLength(3)] string? Code);

// /api/validated: DataAnnotations on a query value and on JSON bodies, for AddValidation().
public static class Route
{
    public static string GET([FromQuery, Range(1, 10)] int count) => $"count {count}";

    public static string POST(Order order) => $"{order.Name} x{order.Quantity}";

    public static string PUT(Rename rename) => rename.Code!;
}
