using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Clerk.Emulator.Models;

/// <summary>An email address of a user; addresses added through the Backend API are verified by an admin.</summary>
internal sealed record EmailAddress
{
    public required string Id { get; init; }
    public string Object { get; init; } = "email_address";
    [JsonPropertyName("email_address")]
    public required string EmailAddressValue { get; init; }
    public bool Reserved { get; init; }
    public Verification? Verification { get; init; } = Verification.Admin();
    public JsonArray LinkedTo { get; init; } = [];
    public bool MatchesSsoConnection { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
}
