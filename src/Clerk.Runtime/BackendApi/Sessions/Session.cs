using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>A Clerk session. Times are Unix epoch milliseconds.</summary>
public sealed class Session
{
    /// <summary>Always <c>session</c>.</summary>
    public string Object { get; init; } = "session";

    /// <summary>The session's ID (<c>sess_...</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The user it belongs to.</summary>
    public required string UserId { get; init; }

    /// <summary>The client (browser or device) it belongs to.</summary>
    public string? ClientId { get; init; }

    /// <summary>
    /// For example <c>active</c>, <c>pending</c>, <c>ended</c>, <c>expired</c>, <c>removed</c>, <c>replaced</c>,
    /// <c>revoked</c> or <c>abandoned</c>. A string, so a status Clerk adds later is read rather than refused.
    /// </summary>
    public required string Status { get; init; }

    /// <summary>The impersonator, for an impersonation session.</summary>
    public JsonElement? Actor { get; init; }

    /// <summary>The organization that was last active in the session.</summary>
    public string? LastActiveOrganizationId { get; init; }

    /// <summary>The last activity (epoch ms).</summary>
    public long LastActiveAt { get; init; }

    /// <summary>When the session expires (epoch ms).</summary>
    public long ExpireAt { get; init; }

    /// <summary>When an idle session is abandoned (epoch ms).</summary>
    public long AbandonAt { get; init; }

    /// <summary>When the session was created (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the session last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
