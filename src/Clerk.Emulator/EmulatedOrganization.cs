namespace Clerk.Emulator;

/// <summary>An organization created in the emulator.</summary>
/// <param name="Id">The organization id (<c>org_...</c>).</param>
/// <param name="Slug">The organization's slug.</param>
public sealed record EmulatedOrganization(string Id, string Slug);
