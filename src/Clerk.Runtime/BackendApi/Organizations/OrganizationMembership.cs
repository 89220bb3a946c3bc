using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>A user's membership of an organization.</summary>
public sealed class OrganizationMembership
{
    /// <summary>Always <c>organization_membership</c>.</summary>
    public string Object { get; init; } = "organization_membership";

    /// <summary>The membership's ID (<c>orgmem_...</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The role, such as <c>org:admin</c>.</summary>
    public required string Role { get; init; }

    /// <summary>The role's display name.</summary>
    public string? RoleName { get; init; }

    /// <summary>The permissions the role grants, such as <c>org:sys_memberships:manage</c>.</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];

    /// <summary>Metadata readable from the frontend.</summary>
    public IReadOnlyDictionary<string, JsonElement> PublicMetadata { get; init; } = Metadata.Empty;

    /// <summary>Metadata only the backend can read.</summary>
    public IReadOnlyDictionary<string, JsonElement>? PrivateMetadata { get; init; }

    /// <summary>The organization.</summary>
    public Organization? Organization { get; init; }

    /// <summary>The member's public profile.</summary>
    public OrganizationMemberPublicData? PublicUserData { get; init; }

    /// <summary>When the membership was created (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the membership last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
