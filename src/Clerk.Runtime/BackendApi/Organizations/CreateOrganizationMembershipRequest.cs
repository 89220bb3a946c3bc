using System.Text.Json.Nodes;

namespace Clerk.BackendApi;

/// <summary>A new membership (<c>POST /organizations/{organization_id}/memberships</c>).</summary>
public sealed class CreateOrganizationMembershipRequest
{
    /// <summary>The user to add.</summary>
    public required string UserId { get; init; }

    /// <summary>The role, such as <c>org:member</c>.</summary>
    public required string Role { get; init; }

    /// <summary>Metadata readable from the frontend.</summary>
    public JsonObject? PublicMetadata { get; init; }

    /// <summary>Metadata only the backend can read.</summary>
    public JsonObject? PrivateMetadata { get; init; }
}
