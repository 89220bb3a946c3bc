namespace Clerk.BackendApi;

/// <summary>One of a user's email addresses (Clerk's <c>EmailAddress</c> object).</summary>
public sealed class UserEmailAddress
{
    /// <summary>The ID (<c>idn_...</c>).</summary>
    public string? Id { get; init; }

    /// <summary>Always <c>email_address</c>.</summary>
    public string Object { get; init; } = "email_address";

    /// <summary>The address itself.</summary>
    public required string EmailAddress { get; init; }

    /// <summary>Whether the address is reserved (usable for sign-in, not verified).</summary>
    public bool Reserved { get; init; }

    /// <summary>How the address was verified; <see langword="null"/> when it never was.</summary>
    public IdentificationVerification? Verification { get; init; }

    /// <summary>The identifications (such as OAuth accounts) this address is linked to.</summary>
    public IReadOnlyList<IdentificationLink> LinkedTo { get; init; } = [];

    /// <summary>Whether the address's domain has an active enterprise connection.</summary>
    public bool MatchesSsoConnection { get; init; }

    /// <summary>When the address was added (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the address last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
