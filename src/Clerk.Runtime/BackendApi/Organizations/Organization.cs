using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>A Clerk organization. Times are Unix epoch milliseconds.</summary>
public sealed class Organization
{
    /// <summary>Always <c>organization</c>.</summary>
    public string Object { get; init; } = "organization";

    /// <summary>The organization's ID (<c>org_...</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The slug (unique in the instance).</summary>
    public string? Slug { get; init; }

    /// <summary>The logo URL.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Whether a logo was uploaded.</summary>
    public bool HasImage { get; init; }

    /// <summary>The number of members, when asked for.</summary>
    public long? MembersCount { get; init; }

    /// <summary>The number of pending invitations, when Clerk includes it.</summary>
    public long? PendingInvitationsCount { get; init; }

    /// <summary>The membership limit (0: no limit).</summary>
    public long MaxAllowedMemberships { get; init; }

    /// <summary>Whether admins can delete the organization from the frontend.</summary>
    public bool AdminDeleteEnabled { get; init; }

    /// <summary>Metadata readable from the frontend.</summary>
    public IReadOnlyDictionary<string, JsonElement> PublicMetadata { get; init; } = Metadata.Empty;

    /// <summary>Metadata only the backend can read. Never send it to a browser.</summary>
    public IReadOnlyDictionary<string, JsonElement>? PrivateMetadata { get; init; }

    /// <summary>The user who created the organization.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The role set the organization uses.</summary>
    public string? RoleSetKey { get; init; }

    /// <summary>When the organization was created (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the organization last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
