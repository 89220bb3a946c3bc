using Refit;

namespace Clerk.BackendApi;

/// <summary>A page of users: the filters of <see cref="UserFilter"/> plus ordering and paging.</summary>
public sealed class UserListQuery : UserFilter
{
    /// <summary>At most this many users (1 to 500; Clerk's default is 10).</summary>
    [AliasAs("limit")]
    public int? Limit { get; init; }

    /// <summary>Skip this many users. For deep pages prefer <see cref="StartingAfter"/>.</summary>
    [AliasAs("offset")]
    public int? Offset { get; init; }

    /// <summary>The ID of the last user of the previous page (cursor paging; needs the <c>created_at</c> order).</summary>
    [AliasAs("starting_after")]
    public string? StartingAfter { get; init; }

    /// <summary>The order, such as <c>-created_at</c> (the default) or <c>+username</c>.</summary>
    [AliasAs("order_by")]
    public string? OrderBy { get; init; }
}
