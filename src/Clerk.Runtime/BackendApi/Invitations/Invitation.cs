using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>An invitation to join the application.</summary>
public sealed class Invitation
{
    /// <summary>Always <c>invitation</c>.</summary>
    public string Object { get; init; } = "invitation";

    /// <summary>The invitation's ID (<c>inv_...</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The invited address.</summary>
    public required string EmailAddress { get; init; }

    /// <summary>Metadata copied to the user who accepts.</summary>
    public IReadOnlyDictionary<string, JsonElement> PublicMetadata { get; init; } = Metadata.Empty;

    /// <summary>Whether the invitation was revoked.</summary>
    public bool Revoked { get; init; }

    /// <summary>For example <c>pending</c>, <c>accepted</c>, <c>revoked</c> or <c>expired</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The link the invitation email carries.</summary>
    public string? Url { get; init; }

    /// <summary>When the invitation expires (epoch ms).</summary>
    public long? ExpiresAt { get; init; }

    /// <summary>When the invitation was created (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the invitation last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
