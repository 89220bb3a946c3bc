using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Clerk.Emulator.Models;

/// <summary>A machine-to-machine token. <see cref="Token"/> is stored, and shown only when the token is created.</summary>
internal sealed record M2MToken
{
    public string Object { get; init; } = "machine_to_machine_token";
    public required string Id { get; init; }
    public required string Subject { get; init; }
    public JsonNode? Claims { get; init; }
    public List<string> Scopes { get; init; } = [];
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Token { get; init; }
    public bool Revoked { get; init; }
    public string? RevocationReason { get; init; }
    public bool Expired { get; init; }
    public long? Expiration { get; init; }
    public long? LastUsedAt { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
}
