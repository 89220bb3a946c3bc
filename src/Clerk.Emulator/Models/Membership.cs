using System.Text.Json.Nodes;

namespace Clerk.Emulator.Models;

/// <summary>
/// A stored membership: only the links and the role. The wire <see cref="OrganizationMembership"/> embeds the
/// organization and the user's public data, which change on their own, so it is assembled when read.
/// </summary>
internal sealed record Membership
{
    public required string Id { get; init; }
    public required string OrganizationId { get; init; }
    public required string UserId { get; init; }
    public required string Role { get; init; }
    public JsonObject PublicMetadata { get; init; } = [];
    public JsonObject PrivateMetadata { get; init; } = [];
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
}
