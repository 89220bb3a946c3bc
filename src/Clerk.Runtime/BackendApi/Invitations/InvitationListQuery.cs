using Refit;

namespace Clerk.BackendApi;

/// <summary>Which invitations to list (<c>GET /invitations</c>).</summary>
public sealed class InvitationListQuery
{
    /// <summary>Only invitations with this status, such as <c>pending</c>.</summary>
    [AliasAs("status")]
    public string? Status { get; init; }

    /// <summary>Partial match on the invited address.</summary>
    [AliasAs("query")]
    public string? Query { get; init; }

    /// <summary>The order, such as <c>-created_at</c> (the default) or <c>+email_address</c>.</summary>
    [AliasAs("order_by")]
    public string? OrderBy { get; init; }

    /// <summary>At most this many invitations (1 to 500).</summary>
    [AliasAs("limit")]
    public int? Limit { get; init; }

    /// <summary>Skip this many invitations.</summary>
    [AliasAs("offset")]
    public int? Offset { get; init; }
}
