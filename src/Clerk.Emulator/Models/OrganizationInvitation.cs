using System.Text.Json.Nodes;

namespace Clerk.Emulator.Models;

/// <summary>The Backend API's <c>OrganizationInvitation</c>.</summary>
internal sealed record OrganizationInvitation
{
    public string Object { get; init; } = "organization_invitation";
    public required string Id { get; init; }
    public required string EmailAddress { get; init; }
    public required string Role { get; init; }
    public required string RoleName { get; init; }
    public required string OrganizationId { get; init; }
    public string? InviterId { get; init; }
    public PublicInviterData? PublicInviterData { get; init; }
    public string Status { get; init; } = "pending";
    public JsonObject PublicMetadata { get; init; } = [];
    public JsonObject PrivateMetadata { get; init; } = [];
    public string? Url { get; init; }
    public long? ExpiresAt { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
}

/// <summary>Who sent an organization invitation, as the invitee may see it.</summary>
internal sealed record PublicInviterData
{
    public required string UserId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string ImageUrl { get; init; } = "";
    public bool HasImage { get; init; }
    public string? Identifier { get; init; }
}
