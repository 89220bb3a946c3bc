using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Clerk.Emulator.Models;

/// <summary>A phone number of a user; numbers added through the Backend API are verified by an admin.</summary>
internal sealed record PhoneNumber
{
    public required string Id { get; init; }
    public string Object { get; init; } = "phone_number";
    [JsonPropertyName("phone_number")]
    public required string PhoneNumberValue { get; init; }
    public bool ReservedForSecondFactor { get; init; }
    public bool DefaultSecondFactor { get; init; }
    public bool Reserved { get; init; }
    public Verification? Verification { get; init; } = Verification.Admin();
    public JsonArray LinkedTo { get; init; } = [];
    public List<string>? BackupCodes { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
}
