using System.Text.Json.Nodes;

namespace Clerk.Emulator.Seeding;

/// <summary>
/// The <c>--seed</c> file: custom organization roles, users, organizations with their members, JWT templates, and the
/// URLs webhook events go to.
/// A member names its user by email address, username or external id.
/// </summary>
internal sealed record SeedFile
{
    // Settable, not init: the source-generated reader passes default(T) for absent init-only members, which would
    // turn a missing list into null.
    public List<SeedRole> Roles { get; set; } = [];
    public List<SeedUser> Users { get; set; } = [];
    public List<SeedOrganization> Organizations { get; set; } = [];
    public List<SeedJwtTemplate> JwtTemplates { get; set; } = [];

    /// <summary>Where the instance's changes are delivered as webhook events, beside <c>--webhook-url</c>.</summary>
    public List<string> WebhookUrls { get; set; } = [];
}

/// <summary>A role and its permissions (<c>org:feature:action</c>); replaces a default role with the same key.</summary>
internal sealed record SeedRole(string Key, string? Name, List<string>? Permissions);

/// <summary>A user to create unless one with the same email address, username or external id exists.</summary>
internal sealed record SeedUser
{
    public string? EmailAddress { get; init; }
    public string? PhoneNumber { get; init; }
    public string? Username { get; init; }
    public string? ExternalId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Password { get; init; }
    public JsonObject? PublicMetadata { get; init; }
    public JsonObject? PrivateMetadata { get; init; }
    public JsonObject? UnsafeMetadata { get; init; }

    /// <summary>The user's billing plan (<c>pla: u:...</c>), if any.</summary>
    public string? Plan { get; init; }

    /// <summary>The user-level features the plan grants (<c>fea: u:...</c>).</summary>
    public List<string>? Features { get; init; }
}

/// <summary>An organization to create unless its slug exists, with members to add.</summary>
internal sealed record SeedOrganization
{
    public required string Name { get; init; }
    public string? Slug { get; init; }
    public JsonObject? PublicMetadata { get; init; }
    public JsonObject? PrivateMetadata { get; init; }
    public List<SeedMember> Members { get; set; } = [];

    /// <summary>The organization's billing plan (<c>pla: o:...</c>), if any.</summary>
    public string? Plan { get; init; }

    /// <summary>The organization features the plan grants (<c>fea: o:...</c>).</summary>
    public List<string>? Features { get; init; }
}

/// <summary>A member: the user (email address, username or external id) and the role key.</summary>
internal sealed record SeedMember(string User, string Role);

/// <summary>A JWT template to create unless its name exists.</summary>
internal sealed record SeedJwtTemplate
{
    public required string Name { get; init; }
    public required JsonObject Claims { get; init; }
    public int? Lifetime { get; init; }
    public int? AllowedClockSkew { get; init; }
    public string? SigningAlgorithm { get; init; }
    public string? SigningKey { get; init; }
}
