namespace Clerk.BackendApi;

/// <summary>A member's new role (<c>PATCH /organizations/{organization_id}/memberships/{user_id}</c>).</summary>
public sealed class UpdateOrganizationMembershipRequest
{
    /// <summary>The role, such as <c>org:admin</c>.</summary>
    public required string Role { get; init; }
}
