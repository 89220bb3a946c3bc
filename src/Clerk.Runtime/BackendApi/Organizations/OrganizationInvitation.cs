using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>An invitation to join an organization, as Clerk's <c>organizationInvitation.*</c> webhook events carry it.</summary>
public sealed class OrganizationInvitation
{
    /// <summary>Always <c>organization_invitation</c>.</summary>
    public string Object { get; init; } = "organization_invitation";

    /// <summary>The invitation's ID (<c>orginv_...</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The invited address.</summary>
    public required string EmailAddress { get; init; }

    /// <summary>The role the invitee gets, such as <c>org:member</c>.</summary>
    public string? Role { get; init; }

    /// <summary>The organization's ID.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>For example <c>pending</c>, <c>accepted</c> or <c>revoked</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Metadata copied to the membership the invitation makes.</summary>
    public IReadOnlyDictionary<string, JsonElement> PublicMetadata { get; init; } = Metadata.Empty;

    /// <summary>When it was created (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When it last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
