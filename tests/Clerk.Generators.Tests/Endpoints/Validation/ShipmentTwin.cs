using System.ComponentModel.DataAnnotations;

namespace Clerk.Generators.Tests.Endpoints.Validation;

// The shape of /api/validated's Shipment, under other names, taken by a minimal API lambda: the SDK's validations
// generator describes these, and the route file's generator describes Shipment, so the two answers can be compared.
public sealed record ShipmentTwin([Required] string? Reference, AddressTwin Destination, List<LineTwin> Lines);

public sealed class AddressTwin
{
    [Required]
    [Display(Name = "Street name")]
    public string? Street { get; set; }

    [RegularExpression("^[0-9]{5}$")]
    public string? Zip { get; set; }
}

public sealed record LineTwin([property: Range(1, 99)] int Quantity);
