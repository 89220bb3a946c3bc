using System.Text.Json.Nodes;

namespace Clerk.Emulator.Operations;

/// <summary>What a new user starts with.</summary>
internal sealed record NewUser
{
    public List<string> EmailAddresses { get; init; } = [];
    public List<string> PhoneNumbers { get; init; } = [];
    public string? Username { get; init; }
    public string? ExternalId { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Locale { get; init; }
    public string? Password { get; init; }
    public bool SkipPasswordChecks { get; init; }
    public JsonObject? PublicMetadata { get; init; }
    public JsonObject? PrivateMetadata { get; init; }
    public JsonObject? UnsafeMetadata { get; init; }
    public bool Banned { get; init; }
    public bool Locked { get; init; }
    public bool? DeleteSelfEnabled { get; init; }
    public bool? CreateOrganizationEnabled { get; init; }
    public int? CreateOrganizationsLimit { get; init; }
    public long? CreatedAt { get; init; }
}
