using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Validated;

public sealed record Order([property: Required] string? Name, [property: Range(1, 5)] int Quantity);

// Taken by no minimal API, and without [ValidatableType]: the SDK's validations generator never sees it, so the route
// file's generator describes it to AddValidation().
public sealed record Rename([property: Required, MinLength(3)] string? Code);

// Nested types, a list of them, a [Display] name and attributes on a record's constructor parameters.
public sealed record Shipment(
    [Required] string? Reference,
    Address Destination,
    List<Line> Lines);

public sealed class Address
{
    [Required]
    [Display(Name = "Street name")]
    public string? Street { get; set; }

    [RegularExpression("^[0-9]{5}$")]
    public string? Zip { get; set; }
}

public sealed record Line([property: Range(1, 99)] int Quantity);

// /api/validated: DataAnnotations on a query value and on JSON bodies, for AddValidation().
public static class Route
{
    public static string GET([FromQuery, Range(1, 10)] int count) => $"count {count}";

    public static string POST(Order order) => $"{order.Name} x{order.Quantity}";

    public static string PUT(Rename rename) => rename.Code!;

    public static string PATCH(Shipment shipment) => $"{shipment.Reference} to {shipment.Destination.Street}";
}
