namespace Clerk.BackendApi;

/// <summary>One of a user's passkeys.</summary>
public sealed class Passkey
{
    /// <summary>The ID.</summary>
    public string? Id { get; init; }

    /// <summary>Always <c>passkey</c>.</summary>
    public string Object { get; init; } = "passkey";

    /// <summary>The name the user gave it.</summary>
    public string? Name { get; init; }

    /// <summary>When it was last used (epoch ms).</summary>
    public long? LastUsedAt { get; init; }

    /// <summary>How it was verified; <see langword="null"/> when it never was.</summary>
    public IdentificationVerification? Verification { get; init; }
}
