using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>A verified machine-to-machine token. Times are Unix epoch milliseconds.</summary>
public sealed class M2MToken
{
    /// <summary>Always <c>machine_to_machine_token</c>.</summary>
    public string Object { get; init; } = "machine_to_machine_token";

    /// <summary>The token's ID (<c>mt_...</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The machine the token was issued to (<c>mch_...</c>).</summary>
    public required string Subject { get; init; }

    /// <summary>Custom claims attached to the token.</summary>
    public JsonElement? Claims { get; init; }

    /// <summary>The machines this token may call (<c>mch_...</c> IDs).</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>Whether the token was revoked.</summary>
    public bool Revoked { get; init; }

    /// <summary>Why it was revoked.</summary>
    public string? RevocationReason { get; init; }

    /// <summary>Whether the token has expired.</summary>
    public bool Expired { get; init; }

    /// <summary>When the token expires (epoch ms); <see langword="null"/> when never.</summary>
    public long? Expiration { get; init; }

    /// <summary>When the token was last used (epoch ms).</summary>
    public long? LastUsedAt { get; init; }

    /// <summary>When the token was created (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the token last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
