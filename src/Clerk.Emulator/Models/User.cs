using System.Text.Json.Nodes;

namespace Clerk.Emulator.Models;

/// <summary>The Backend API's <c>User</c>, stored as it goes on the wire (the emulator keeps no secrets it would hide).</summary>
internal sealed record User
{
    public string Object { get; init; } = "user";
    public required string Id { get; init; }
    public string? ExternalId { get; init; }
    public string? PrimaryEmailAddressId { get; init; }
    public string? PrimaryPhoneNumberId { get; init; }
    public string? PrimaryWeb3WalletId { get; init; }
    public string? Username { get; init; }
    public string? FirstName { get; init; }
    public string? LastName { get; init; }
    public string? Locale { get; init; }
    public string ProfileImageUrl { get; init; } = "";
    public string ImageUrl { get; init; } = "";
    public bool HasImage { get; init; }
    public JsonObject PublicMetadata { get; init; } = [];
    public JsonObject PrivateMetadata { get; init; } = [];
    public JsonObject UnsafeMetadata { get; init; } = [];
    public List<EmailAddress> EmailAddresses { get; init; } = [];
    public List<PhoneNumber> PhoneNumbers { get; init; } = [];
    public JsonArray Web3Wallets { get; init; } = [];
    public JsonArray Passkeys { get; init; } = [];
    public bool PasswordEnabled { get; init; }
    public bool TwoFactorEnabled { get; init; }
    public bool TotpEnabled { get; init; }
    public bool BackupCodeEnabled { get; init; }
    public long? MfaEnabledAt { get; init; }
    public long? MfaDisabledAt { get; init; }
    public long? PasswordLastUpdatedAt { get; init; }
    public JsonArray ExternalAccounts { get; init; } = [];
    public JsonArray SamlAccounts { get; init; } = [];
    public JsonArray EnterpriseAccounts { get; init; } = [];
    public long? LastSignInAt { get; init; }
    public bool Banned { get; init; }
    public bool Locked { get; init; }
    public bool Deprovisioned { get; init; }
    public long? LockoutExpiresInSeconds { get; init; }
    public long? VerificationAttemptsRemaining { get; init; }
    public long CreatedAt { get; init; }
    public long UpdatedAt { get; init; }
    public bool DeleteSelfEnabled { get; init; } = true;
    public bool CreateOrganizationEnabled { get; init; } = true;
    public int? CreateOrganizationsLimit { get; init; }
    public long? LastActiveAt { get; init; }
    public long? LegalAcceptedAt { get; init; }
    public bool BypassClientTrust { get; init; }

    /// <summary>The primary email address's text, if the user has one.</summary>
    public string? PrimaryEmail() =>
        EmailAddresses.FirstOrDefault(e => e.Id == PrimaryEmailAddressId)?.EmailAddressValue;

    /// <summary>The primary phone number's text, if the user has one.</summary>
    public string? PrimaryPhone() =>
        PhoneNumbers.FirstOrDefault(p => p.Id == PrimaryPhoneNumberId)?.PhoneNumberValue;
}
