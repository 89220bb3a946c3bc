using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>
/// A Clerk user, as the Backend API returns it. Times are Unix epoch milliseconds. It carries
/// <see cref="PrivateMetadata"/>: never send a whole <see cref="User"/> to a browser, project the fields you need.
/// </summary>
public sealed class User
{
    /// <summary>Always <c>user</c>.</summary>
    public string Object { get; init; } = "user";

    /// <summary>The user's ID (<c>user_...</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The user's ID in your own systems.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The ID of the primary entry of <see cref="EmailAddresses"/>.</summary>
    public string? PrimaryEmailAddressId { get; init; }

    /// <summary>The ID of the primary entry of <see cref="PhoneNumbers"/>.</summary>
    public string? PrimaryPhoneNumberId { get; init; }

    /// <summary>The ID of the primary entry of <see cref="Web3Wallets"/>.</summary>
    public string? PrimaryWeb3WalletId { get; init; }

    /// <summary>The username.</summary>
    public string? Username { get; init; }

    /// <summary>The first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The user's locale (BCP 47).</summary>
    public string? Locale { get; init; }

    /// <summary>The profile image URL.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Whether the user uploaded an image (rather than the default avatar).</summary>
    public bool HasImage { get; init; }

    /// <summary>Metadata readable from the frontend, writable only from the backend.</summary>
    public IReadOnlyDictionary<string, JsonElement> PublicMetadata { get; init; } = Metadata.Empty;

    /// <summary>Metadata only the backend can read or write. Never send it to a browser.</summary>
    public IReadOnlyDictionary<string, JsonElement>? PrivateMetadata { get; init; }

    /// <summary>Metadata the frontend can read and write: do not trust it.</summary>
    public IReadOnlyDictionary<string, JsonElement> UnsafeMetadata { get; init; } = Metadata.Empty;

    /// <summary>The user's email addresses.</summary>
    public IReadOnlyList<UserEmailAddress> EmailAddresses { get; init; } = [];

    /// <summary>The user's phone numbers.</summary>
    public IReadOnlyList<UserPhoneNumber> PhoneNumbers { get; init; } = [];

    /// <summary>The user's web3 wallets.</summary>
    public IReadOnlyList<UserWeb3Wallet> Web3Wallets { get; init; } = [];

    /// <summary>The user's passkeys.</summary>
    public IReadOnlyList<Passkey> Passkeys { get; init; } = [];

    /// <summary>The user's OAuth accounts.</summary>
    public IReadOnlyList<ExternalAccount> ExternalAccounts { get; init; } = [];

    /// <summary>The user's organization memberships, when Clerk includes them.</summary>
    public IReadOnlyList<OrganizationMembership>? OrganizationMemberships { get; init; }

    /// <summary>Whether the user has a password.</summary>
    public bool PasswordEnabled { get; init; }

    /// <summary>Whether the user has any second factor.</summary>
    public bool TwoFactorEnabled { get; init; }

    /// <summary>Whether the user has an authenticator app.</summary>
    public bool TotpEnabled { get; init; }

    /// <summary>Whether the user has backup codes.</summary>
    public bool BackupCodeEnabled { get; init; }

    /// <summary>When multi-factor authentication was turned on (epoch ms).</summary>
    public long? MfaEnabledAt { get; init; }

    /// <summary>When multi-factor authentication was turned off (epoch ms).</summary>
    public long? MfaDisabledAt { get; init; }

    /// <summary>When the password last changed (epoch ms).</summary>
    public long? PasswordLastUpdatedAt { get; init; }

    /// <summary>The last sign-in (epoch ms).</summary>
    public long? LastSignInAt { get; init; }

    /// <summary>The last session activity (epoch ms).</summary>
    public long? LastActiveAt { get; init; }

    /// <summary>Whether the user is banned (cannot sign in).</summary>
    public bool Banned { get; init; }

    /// <summary>Whether the user is locked out.</summary>
    public bool Locked { get; init; }

    /// <summary>Seconds until a lockout ends, when locked.</summary>
    public long? LockoutExpiresInSeconds { get; init; }

    /// <summary>Verification attempts left before a lockout.</summary>
    public long? VerificationAttemptsRemaining { get; init; }

    /// <summary>Whether the user can delete themselves from the frontend.</summary>
    public bool DeleteSelfEnabled { get; init; }

    /// <summary>Whether the user can create organizations from the frontend.</summary>
    public bool CreateOrganizationEnabled { get; init; }

    /// <summary>How many organizations the user may create (0: no limit).</summary>
    public long? CreateOrganizationsLimit { get; init; }

    /// <summary>When the user accepted the legal terms (epoch ms).</summary>
    public long? LegalAcceptedAt { get; init; }

    /// <summary>When the user was created (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the user last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
