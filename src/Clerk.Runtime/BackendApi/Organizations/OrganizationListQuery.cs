using Refit;

namespace Clerk.BackendApi;

/// <summary>Which organizations to list (<c>GET /organizations</c>); lists are sent as repeated keys.</summary>
public sealed class OrganizationListQuery
{
    /// <summary>Partial match on ID, name or slug.</summary>
    [AliasAs("query")]
    public string? Query { get; init; }

    /// <summary>Organizations these users are members of.</summary>
    [AliasAs("user_id"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? UserId { get; init; }

    /// <summary>Organizations with these IDs.</summary>
    [AliasAs("organization_id"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? OrganizationId { get; init; }

    /// <summary>Fill in <see cref="Organization.MembersCount"/>.</summary>
    [AliasAs("include_members_count")]
    public bool? IncludeMembersCount { get; init; }

    /// <summary>The order, such as <c>-created_at</c> (the default) or <c>+name</c>.</summary>
    [AliasAs("order_by")]
    public string? OrderBy { get; init; }

    /// <summary>At most this many organizations (1 to 500).</summary>
    [AliasAs("limit")]
    public int? Limit { get; init; }

    /// <summary>Skip this many organizations.</summary>
    [AliasAs("offset")]
    public int? Offset { get; init; }
}
