using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Clerk.Emulator.Models;

/// <summary>An API key. <see cref="Secret"/> is stored, and shown only when the key is created or asked for.</summary>
internal sealed record ApiKey
{
    public string Object { get; init; } = "api_key";
    public required string Id { get; init; }
    public string Type { get; init; } = "api_key";
    public required string Subject { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public JsonNode? Claims { get; init; }
    public List<string> Scopes { get; init; } = [];
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Secret { get; init; }
    public bool Revoked { get; init; }
    public string? RevocationReason { get; init; }
    public bool Expired { get; init; }
    public long? Expiration { get; init; }
    public string? CreatedBy { get; init; }
    public long? LastUsedAt { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
}
