using System.Text.Json.Nodes;

namespace Clerk.BackendApi;

/// <summary>A new user (<c>POST /users</c>). Only the properties you set are sent.</summary>
public sealed class CreateUserRequest
{
    /// <summary>The user's ID in your own systems (unique in the instance).</summary>
    public string? ExternalId { get; init; }

    /// <summary>The first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The locale (BCP 47).</summary>
    public string? Locale { get; init; }

    /// <summary>Email addresses; the first becomes the primary one. Created verified unless
    /// <see cref="EmailAddressIdentificationStatus"/> says <c>reserved</c>.</summary>
    public IReadOnlyList<string>? EmailAddress { get; init; }

    /// <summary><c>verified</c> or <c>reserved</c> for each entry of <see cref="EmailAddress"/>, by position.</summary>
    public IReadOnlyList<string>? EmailAddressIdentificationStatus { get; init; }

    /// <summary>Phone numbers; the first becomes the primary one.</summary>
    public IReadOnlyList<string>? PhoneNumber { get; init; }

    /// <summary><c>verified</c> or <c>reserved</c> for each entry of <see cref="PhoneNumber"/>, by position.</summary>
    public IReadOnlyList<string>? PhoneNumberIdentificationStatus { get; init; }

    /// <summary>Web3 wallets; the first becomes the primary one.</summary>
    public IReadOnlyList<string>? Web3Wallet { get; init; }

    /// <summary>The username (unique in the instance).</summary>
    public string? Username { get; init; }

    /// <summary>The plaintext password (8 characters or more, not in a breach list).</summary>
    public string? Password { get; init; }

    /// <summary>An existing password digest, hashed with <see cref="PasswordHasher"/> (for migrations).</summary>
    public string? PasswordDigest { get; init; }

    /// <summary>The algorithm of <see cref="PasswordDigest"/>, such as <c>bcrypt</c>.</summary>
    public string? PasswordHasher { get; init; }

    /// <summary>Skip the password checks (for migrations).</summary>
    public bool? SkipPasswordChecks { get; init; }

    /// <summary>Create the user without a password where the instance allows another way to sign in.</summary>
    public bool? SkipPasswordRequirement { get; init; }

    /// <summary>An existing TOTP secret.</summary>
    public string? TotpSecret { get; init; }

    /// <summary>Existing backup codes (plain or bcrypt).</summary>
    public IReadOnlyList<string>? BackupCodes { get; init; }

    /// <summary>Metadata readable from the frontend.</summary>
    public JsonObject? PublicMetadata { get; init; }

    /// <summary>Metadata only the backend can read.</summary>
    public JsonObject? PrivateMetadata { get; init; }

    /// <summary>Metadata the frontend can read and write.</summary>
    public JsonObject? UnsafeMetadata { get; init; }

    /// <summary>Whether the user can delete themselves from the frontend.</summary>
    public bool? DeleteSelfEnabled { get; init; }

    /// <summary>When the user accepted the legal terms (RFC 3339).</summary>
    public string? LegalAcceptedAt { get; init; }

    /// <summary>Skip the legal-acceptance check (for migrations).</summary>
    public bool? SkipLegalChecks { get; init; }

    /// <summary>Do not enforce the instance's required identification types.</summary>
    public bool? SkipUserRequirement { get; init; }

    /// <summary>Whether the user can create organizations from the frontend.</summary>
    public bool? CreateOrganizationEnabled { get; init; }

    /// <summary>How many organizations the user may create (0: no limit).</summary>
    public int? CreateOrganizationsLimit { get; init; }

    /// <summary>When the user was created, for migrations (RFC 3339).</summary>
    public string? CreatedAt { get; init; }

    /// <summary>Skip the new-device check at sign-in.</summary>
    public bool? BypassClientTrust { get; init; }

    /// <summary>Create the user banned.</summary>
    public bool? Banned { get; init; }

    /// <summary>Create the user locked.</summary>
    public bool? Locked { get; init; }
}
