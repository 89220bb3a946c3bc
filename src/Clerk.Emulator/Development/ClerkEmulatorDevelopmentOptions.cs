namespace Clerk.Emulator;

/// <summary>How <c>AddClerkEmulatorInDevelopment</c> runs its emulator.</summary>
public sealed class ClerkEmulatorDevelopmentOptions
{
    /// <summary>
    /// A seed file (see the emulator's <c>--seed</c>), relative to the content root; when null, a few users and an
    /// organization are created. A missing or invalid file stops startup with an error naming it.
    /// </summary>
    public string? SeedPath { get; set; }

    /// <summary>A SQLite file to keep the emulator's state across runs, relative to the content root; in memory when null.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>
    /// The lifetime of the session token the sign-in page puts in the <c>__session</c> cookie. In Clerk, clerk-js
    /// in the page refreshes the 60-second token every minute; nothing does that here, so the token has to outlive a
    /// working session. 8 hours by default.
    /// </summary>
    public TimeSpan SignInTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The path of the sign-in page on the app.</summary>
    public string SignInPath { get; set; } = "/sign-in";

    /// <summary>The path that signs out (clears the cookie) on the app.</summary>
    public string SignOutPath { get; set; } = "/sign-out";
}
