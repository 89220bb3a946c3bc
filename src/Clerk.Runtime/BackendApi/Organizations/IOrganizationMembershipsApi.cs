using Refit;

namespace Clerk.BackendApi;

/// <summary>Who belongs to an organization, with which role (<c>/v1/organizations/{organization_id}/memberships</c>).</summary>
public interface IOrganizationMembershipsApi
{
    /// <summary>Lists an organization's memberships (<c>GET /organizations/{organization_id}/memberships</c>).</summary>
    [Get("/organizations/{organization_id}/memberships")]
    Task<PagedList<OrganizationMembership>> ListOrganizationMembershipsAsync([AliasAs("organization_id")] string organizationId,
        [Query] OrganizationMembershipListQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Adds a user to an organization with a role (<c>POST /organizations/{organization_id}/memberships</c>).</summary>
    [Post("/organizations/{organization_id}/memberships")]
    Task<OrganizationMembership> CreateOrganizationMembershipAsync([AliasAs("organization_id")] string organizationId,
        [Body] CreateOrganizationMembershipRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a member's role (<c>PATCH /organizations/{organization_id}/memberships/{user_id}</c>).</summary>
    [Patch("/organizations/{organization_id}/memberships/{user_id}")]
    Task<OrganizationMembership> UpdateOrganizationMembershipAsync([AliasAs("organization_id")] string organizationId, [AliasAs("user_id")] string userId,
        [Body] UpdateOrganizationMembershipRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes a user from an organization (<c>DELETE /organizations/{organization_id}/memberships/{user_id}</c>).</summary>
    [Delete("/organizations/{organization_id}/memberships/{user_id}")]
    Task<OrganizationMembership> DeleteOrganizationMembershipAsync([AliasAs("organization_id")] string organizationId, [AliasAs("user_id")] string userId,
        CancellationToken cancellationToken = default);
}
