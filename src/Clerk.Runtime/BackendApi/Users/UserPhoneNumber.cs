namespace Clerk.BackendApi;

/// <summary>One of a user's phone numbers (Clerk's <c>PhoneNumber</c> object).</summary>
public sealed class UserPhoneNumber
{
    /// <summary>The ID (<c>idn_...</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Always <c>phone_number</c>.</summary>
    public string Object { get; init; } = "phone_number";

    /// <summary>The number, in E.164 format.</summary>
    public required string PhoneNumber { get; init; }

    /// <summary>Whether the number is reserved for second-factor use only.</summary>
    public bool ReservedForSecondFactor { get; init; }

    /// <summary>Whether the number is the default second factor.</summary>
    public bool DefaultSecondFactor { get; init; }

    /// <summary>Whether the number is reserved (usable for sign-in, not verified).</summary>
    public bool Reserved { get; init; }

    /// <summary>How the number was verified; <see langword="null"/> when it never was.</summary>
    public IdentificationVerification? Verification { get; init; }

    /// <summary>The identifications this number is linked to.</summary>
    public IReadOnlyList<IdentificationLink> LinkedTo { get; init; } = [];

    /// <summary>When the number was added (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the number last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
