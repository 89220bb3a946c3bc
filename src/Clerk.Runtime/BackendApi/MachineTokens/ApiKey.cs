using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>A verified API key. Times are Unix epoch milliseconds.</summary>
public sealed class ApiKey
{
    /// <summary>Always <c>api_key</c>.</summary>
    public string Object { get; init; } = "api_key";

    /// <summary>The key's ID (<c>ak_...</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The key's type, such as <c>api_key</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Who the key acts for: a user (<c>user_...</c>) or organization (<c>org_...</c>) ID.</summary>
    public required string Subject { get; init; }

    /// <summary>The key's name.</summary>
    public string? Name { get; init; }

    /// <summary>The key's description.</summary>
    public string? Description { get; init; }

    /// <summary>Custom claims attached to the key.</summary>
    public JsonElement? Claims { get; init; }

    /// <summary>The scopes granted to the key.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>Whether the key was revoked.</summary>
    public bool Revoked { get; init; }

    /// <summary>Why it was revoked.</summary>
    public string? RevocationReason { get; init; }

    /// <summary>Whether the key has expired.</summary>
    public bool Expired { get; init; }

    /// <summary>When the key expires (epoch ms); <see langword="null"/> when never.</summary>
    public long? Expiration { get; init; }

    /// <summary>The user who created the key.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>When the key was last used (epoch ms).</summary>
    public long? LastUsedAt { get; init; }

    /// <summary>When the key was created (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the key last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
