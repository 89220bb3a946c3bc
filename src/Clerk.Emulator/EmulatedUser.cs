namespace Clerk.Emulator;

/// <summary>A user created in the emulator.</summary>
/// <param name="Id">The user id (<c>user_...</c>).</param>
/// <param name="Email">The primary email address, if the user has one.</param>
public sealed record EmulatedUser(string Id, string? Email);
