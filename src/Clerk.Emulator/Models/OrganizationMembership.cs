using System.Text.Json.Nodes;

namespace Clerk.Emulator.Models;

/// <summary>The Backend API's <c>OrganizationMembership</c>.</summary>
internal sealed record OrganizationMembership
{
    public required string Id { get; init; }
    public string Object { get; init; } = "organization_membership";
    public required string Role { get; init; }
    public required string RoleName { get; init; }
    public required List<string> Permissions { get; init; }
    public JsonObject PublicMetadata { get; init; } = [];
    public JsonObject PrivateMetadata { get; init; } = [];
    public required Organization Organization { get; init; }
    public required PublicUserData PublicUserData { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
}

/// <summary>The parts of a user that other members of an organization may see.</summary>
internal sealed record PublicUserData
{
    public required string UserId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? ProfileImageUrl { get; init; } = "";
    public string ImageUrl { get; init; } = "";
    public bool HasImage { get; init; }
    public string? Identifier { get; init; }
    public string? Username { get; init; }
    public bool Banned { get; init; }
    public bool Deprovisioned { get; init; }

    public static PublicUserData From(User user) => new()
    {
        UserId = user.Id,
        FirstName = user.FirstName,
        LastName = user.LastName,
        Identifier = user.PrimaryEmail() ?? user.Username ?? user.PrimaryPhone(),
        Username = user.Username,
        Banned = user.Banned,
        Deprovisioned = user.Deprovisioned,
    };
}
