using System.Text.Json.Nodes;

namespace Clerk.Emulator.Models;

/// <summary>The Backend API's instance <c>Invitation</c>.</summary>
internal sealed record Invitation
{
    public string Object { get; init; } = "invitation";
    public required string Id { get; init; }
    public required string EmailAddress { get; init; }
    public JsonObject PublicMetadata { get; init; } = [];
    public bool Revoked { get; init; }
    public string Status { get; init; } = "pending";
    public string? Url { get; init; }
    public long? ExpiresAt { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
}
