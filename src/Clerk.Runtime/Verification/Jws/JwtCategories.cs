namespace Clerk.Verification.Jws;

/// <summary>
/// Clerk's token class tags (the <c>cat</c> header), as in <c>@clerk/backend</c>'s <c>jwtCategories.ts</c>. Session
/// tokens, JWT-template tokens and M2M tokens are signed by the same instance key, so the signature alone cannot tell
/// them apart: a JWT-template token has no <c>sid</c> and outlives the session that minted it.
/// </summary>
internal static class JwtCategories
{
    public const string SessionToken = "cl_B7d4PD111AAA";
    public const string JwtTemplate = "cl_B7d4PD222AAA";
    public const string M2MToken = "cl_B7d4PD333AAA";

    /// <summary>Stamped on every class by instances that opted out of categories, so it says nothing about the class.</summary>
    public const string Ignore = "cl_I7d4PD111III";

    /// <summary>
    /// Whether <paramref name="category"/> marks something other than a session token. An absent <c>cat</c> is a
    /// session token minted before categories existed, as Clerk decides.
    /// </summary>
    public static bool IsNonSessionCategory(string? category) =>
        category is not null and not SessionToken and not Ignore;
}
