using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Clerk.Emulator.Models;

/// <summary>
/// The Backend API's <c>JWTTemplate</c>. The custom signing key is stored with it but never written back to a
/// client, as in Clerk.
/// </summary>
internal sealed record JwtTemplate
{
    public string Object { get; init; } = "jwt_template";
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required JsonObject Claims { get; init; }
    public int Lifetime { get; init; } = 60;
    public int AllowedClockSkew { get; init; } = 5;
    public bool CustomSigningKey { get; init; }
    public string SigningAlgorithm { get; init; } = "RS256";
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SigningKey { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
}
