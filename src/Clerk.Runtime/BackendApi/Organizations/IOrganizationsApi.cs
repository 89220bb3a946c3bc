using Refit;

namespace Clerk.BackendApi;

/// <summary>The Backend API's organizations (<c>/v1/organizations</c>). Memberships are <see cref="IOrganizationMembershipsApi"/>.</summary>
public interface IOrganizationsApi
{
    /// <summary>Lists organizations, newest first (<c>GET /organizations</c>).</summary>
    [Get("/organizations")]
    Task<PagedList<Organization>> ListOrganizationsAsync([Query] OrganizationListQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Gets an organization by ID or slug (<c>GET /organizations/{organization_id}</c>).</summary>
    [Get("/organizations/{organization_id}")]
    Task<Organization> GetOrganizationAsync([AliasAs("organization_id")] string organizationId, CancellationToken cancellationToken = default);

    /// <summary>Creates an organization (<c>POST /organizations</c>).</summary>
    [Post("/organizations")]
    Task<Organization> CreateOrganizationAsync([Body] CreateOrganizationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the properties set in <paramref name="request"/> (<c>PATCH /organizations/{organization_id}</c>).</summary>
    [Patch("/organizations/{organization_id}")]
    Task<Organization> UpdateOrganizationAsync([AliasAs("organization_id")] string organizationId, [Body] UpdateOrganizationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes an organization (<c>DELETE /organizations/{organization_id}</c>).</summary>
    [Delete("/organizations/{organization_id}")]
    Task<DeletedObject> DeleteOrganizationAsync([AliasAs("organization_id")] string organizationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deep-merges metadata into the organization's (<c>PATCH /organizations/{organization_id}/metadata</c>): a key set
    /// to JSON <c>null</c> is deleted.
    /// </summary>
    [Patch("/organizations/{organization_id}/metadata")]
    Task<Organization> MergeOrganizationMetadataAsync([AliasAs("organization_id")] string organizationId, [Body] OrganizationMetadataRequest request, CancellationToken cancellationToken = default);

    /// <summary>Replaces each kind of metadata you send (<c>PUT /organizations/{organization_id}/metadata</c>).</summary>
    [Put("/organizations/{organization_id}/metadata")]
    Task<Organization> ReplaceOrganizationMetadataAsync([AliasAs("organization_id")] string organizationId, [Body] OrganizationMetadataRequest request, CancellationToken cancellationToken = default);
}
