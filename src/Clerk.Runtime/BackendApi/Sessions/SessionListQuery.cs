using Refit;

namespace Clerk.BackendApi;

/// <summary>Which sessions to list (<c>GET /sessions</c>). Clerk wants <see cref="ClientId"/> or <see cref="UserId"/>.</summary>
public sealed class SessionListQuery
{
    /// <summary>Sessions of this client.</summary>
    [AliasAs("client_id")]
    public string? ClientId { get; init; }

    /// <summary>Sessions of this user.</summary>
    [AliasAs("user_id")]
    public string? UserId { get; init; }

    /// <summary>Only sessions with this status, such as <c>active</c>.</summary>
    [AliasAs("status")]
    public string? Status { get; init; }

    /// <summary>At most this many sessions (1 to 500).</summary>
    [AliasAs("limit")]
    public int? Limit { get; init; }

    /// <summary>Skip this many sessions.</summary>
    [AliasAs("offset")]
    public int? Offset { get; init; }
}
