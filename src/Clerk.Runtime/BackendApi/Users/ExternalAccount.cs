using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>One of a user's OAuth accounts (Clerk's <c>ExternalAccountWithVerification</c>).</summary>
public sealed class ExternalAccount
{
    /// <summary>The ID (<c>eac_...</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Usually <c>external_account</c>.</summary>
    public string Object { get; init; } = "external_account";

    /// <summary>The provider, such as <c>oauth_google</c>.</summary>
    public required string Provider { get; init; }

    /// <summary>The identification this account belongs to.</summary>
    public string? IdentificationId { get; init; }

    /// <summary>The user's ID at the provider.</summary>
    public string? ProviderUserId { get; init; }

    /// <summary>The scopes the user granted, space-separated.</summary>
    public string? ApprovedScopes { get; init; }

    /// <summary>The email address at the provider.</summary>
    public string? EmailAddress { get; init; }

    /// <summary>Whether the provider verified that email address.</summary>
    public bool? EmailAddressVerified { get; init; }

    /// <summary>The first name at the provider.</summary>
    public string? FirstName { get; init; }

    /// <summary>The last name at the provider.</summary>
    public string? LastName { get; init; }

    /// <summary>The image URL.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The username at the provider.</summary>
    public string? Username { get; init; }

    /// <summary>The phone number at the provider.</summary>
    public string? PhoneNumber { get; init; }

    /// <summary>A label for the account.</summary>
    public string? Label { get; init; }

    /// <summary>Metadata readable from the frontend.</summary>
    public IReadOnlyDictionary<string, JsonElement> PublicMetadata { get; init; } = Metadata.Empty;

    /// <summary>How the account was verified; <see langword="null"/> when it never was.</summary>
    public IdentificationVerification? Verification { get; init; }

    /// <summary>When the account was linked (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the account last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
