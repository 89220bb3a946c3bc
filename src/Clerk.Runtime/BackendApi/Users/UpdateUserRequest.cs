namespace Clerk.BackendApi;

/// <summary>
/// Changes to a user (<c>PATCH /users/{user_id}</c>). Only the properties you set are sent, so
/// <c>new() { FirstName = "John", LastName = "Wick" }</c> changes those two and nothing else. Metadata is not here:
/// from API version 2026-05-12 Clerk rejects it on this endpoint; use
/// <see cref="IUsersApi.MergeUserMetadataAsync"/> or <see cref="IUsersApi.ReplaceUserMetadataAsync"/>.
/// </summary>
public sealed class UpdateUserRequest
{
    /// <summary>The user's ID in your own systems.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The locale (BCP 47).</summary>
    public string? Locale { get; init; }

    /// <summary>Make this (verified) email address the primary one.</summary>
    public string? PrimaryEmailAddressId { get; init; }

    /// <summary>Email the previous primary address about the change.</summary>
    public bool? NotifyPrimaryEmailAddressChanged { get; init; }

    /// <summary>Make this (verified) phone number the primary one.</summary>
    public string? PrimaryPhoneNumberId { get; init; }

    /// <summary>Make this (verified) web3 wallet the primary one.</summary>
    public string? PrimaryWeb3WalletId { get; init; }

    /// <summary>The username.</summary>
    public string? Username { get; init; }

    /// <summary>The ID of an uploaded image to use as the profile image.</summary>
    public string? ProfileImageId { get; init; }

    /// <summary>A new plaintext password.</summary>
    public string? Password { get; init; }

    /// <summary>A new password digest, hashed with <see cref="PasswordHasher"/>.</summary>
    public string? PasswordDigest { get; init; }

    /// <summary>The algorithm of <see cref="PasswordDigest"/>.</summary>
    public string? PasswordHasher { get; init; }

    /// <summary>Skip the password checks.</summary>
    public bool? SkipPasswordChecks { get; init; }

    /// <summary>End the user's other sessions when the password changes.</summary>
    public bool? SignOutOfOtherSessions { get; init; }

    /// <summary>A TOTP secret.</summary>
    public string? TotpSecret { get; init; }

    /// <summary>Backup codes (plain or bcrypt).</summary>
    public IReadOnlyList<string>? BackupCodes { get; init; }

    /// <summary>Whether the user can delete themselves from the frontend.</summary>
    public bool? DeleteSelfEnabled { get; init; }

    /// <summary>Whether the user can create organizations from the frontend.</summary>
    public bool? CreateOrganizationEnabled { get; init; }

    /// <summary>When the user accepted the legal terms (RFC 3339).</summary>
    public string? LegalAcceptedAt { get; init; }

    /// <summary>Skip the legal-acceptance check.</summary>
    public bool? SkipLegalChecks { get; init; }

    /// <summary>How many organizations the user may create (0: no limit).</summary>
    public int? CreateOrganizationsLimit { get; init; }

    /// <summary>When the user was created (RFC 3339).</summary>
    public string? CreatedAt { get; init; }

    /// <summary>Skip the new-device check at sign-in.</summary>
    public bool? BypassClientTrust { get; init; }
}
