using System.Text.Json.Nodes;

namespace Clerk.Emulator.Models;

/// <summary>The Backend API's <c>Session</c>.</summary>
internal sealed record Session
{
    public string Object { get; init; } = "session";
    public required string Id { get; init; }
    public required string UserId { get; init; }
    public required string ClientId { get; init; }
    public JsonObject? Actor { get; init; }
    public string Status { get; init; } = "active";
    public string? LastActiveOrganizationId { get; init; }
    public long LastActiveAt { get; init; }
    public long ExpireAt { get; init; }
    public long AbandonAt { get; init; }
    public long UpdatedAt { get; init; }
    public long CreatedAt { get; init; }
    public JsonArray? Tasks { get; init; }
}
