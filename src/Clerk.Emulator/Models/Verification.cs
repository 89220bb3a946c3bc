namespace Clerk.Emulator.Models;

/// <summary>The <c>verification_admin</c> object: identifiers created through the Backend API count as verified.</summary>
internal sealed record Verification
{
    public string Object { get; init; } = "verification_admin";
    public string Status { get; init; } = "verified";
    public string Strategy { get; init; } = "admin";
    public int? Attempts { get; init; }
    public long? ExpireAt { get; init; }

    public static Verification Admin() => new();
}
