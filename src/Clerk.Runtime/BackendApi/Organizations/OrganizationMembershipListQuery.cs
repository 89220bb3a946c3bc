using Refit;

namespace Clerk.BackendApi;

/// <summary>Which memberships to list; lists are sent as repeated keys.</summary>
public sealed class OrganizationMembershipListQuery
{
    /// <summary>Memberships of these users.</summary>
    [AliasAs("user_id"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? UserId { get; init; }

    /// <summary>Memberships of users with these email addresses.</summary>
    [AliasAs("email_address"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? EmailAddress { get; init; }

    /// <summary>Memberships with these roles, such as <c>org:admin</c>.</summary>
    [AliasAs("role"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? Role { get; init; }

    /// <summary>Partial match on the members' identifiers and names.</summary>
    [AliasAs("query")]
    public string? Query { get; init; }

    /// <summary>The order, such as <c>-created_at</c> or <c>+first_name</c>.</summary>
    [AliasAs("order_by")]
    public string? OrderBy { get; init; }

    /// <summary>At most this many memberships (1 to 500).</summary>
    [AliasAs("limit")]
    public int? Limit { get; init; }

    /// <summary>Skip this many memberships.</summary>
    [AliasAs("offset")]
    public int? Offset { get; init; }
}
