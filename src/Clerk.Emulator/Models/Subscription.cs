namespace Clerk.Emulator.Models;

/// <summary>
/// A user's or an organization's billing plan and the features it grants: the source of a session token's
/// <c>pla</c> (<c>u:free,o:pro</c>) and of the <c>fea</c> entries that no permission implies. Clerk keeps these in
/// Billing, which the Backend API spec does not cover; the emulator lets a seed or a test set them directly.
/// </summary>
internal sealed record Subscription
{
    /// <summary>The user (<c>user_...</c>) or organization (<c>org_...</c>) that has the plan.</summary>
    public required string PayerId { get; init; }

    public required string Plan { get; init; }

    public List<string> Features { get; init; } = [];
}
