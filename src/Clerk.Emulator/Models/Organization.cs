using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Clerk.Emulator.Models;

/// <summary>The Backend API's <c>Organization</c>; the counts are filled in when it is read.</summary>
internal sealed record Organization
{
    public string Object { get; init; } = "organization";
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Slug { get; init; }
    public string ImageUrl { get; init; } = "";
    public bool HasImage { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? MembersCount { get; init; }
    public bool MissingMemberWithElevatedPermissions { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PendingInvitationsCount { get; init; }
    public int MaxAllowedMemberships { get; init; }
    public bool AdminDeleteEnabled { get; init; } = true;
    public JsonObject PublicMetadata { get; init; } = [];
    public JsonObject PrivateMetadata { get; init; } = [];
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CreatedBy { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
    public long LastActiveAt { get; init; }
    public string? RoleSetKey { get; init; }
}
