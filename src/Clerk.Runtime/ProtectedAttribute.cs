namespace Clerk;

/// <summary>
/// Requires a signed-in caller (and optionally a role, permission, feature, plan or recent verification) before a
/// route handler runs: the C# form of Clerk's <c>auth.protect()</c>. On a class it covers every handler of the
/// route file; on a method it refines the class-level settings.
/// </summary>
/// <remarks>
/// Signed out: 404 with an empty body for API requests, a redirect to the sign-in URL for document requests (or to
/// <see cref="UnauthenticatedUrl"/>). Signed in but not authorized: 404 (or a redirect to
/// <see cref="UnauthorizedUrl"/>). A token of a type not in <see cref="Token"/>: 401. Never 403.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ProtectedAttribute : Attribute
{
    /// <summary>An organization role the caller must hold in the active organization, e.g. <c>org:admin</c>.</summary>
    public string? Role { get; set; }

    /// <summary>An organization permission the caller must hold, e.g. <c>org:invoices:create</c>.</summary>
    public string? Permission { get; set; }

    /// <summary>A feature of the caller's plan, e.g. <c>premium_access</c> (or scoped: <c>u:</c>, <c>o:</c>).</summary>
    public string? Feature { get; set; }

    /// <summary>A billing plan the caller must be on, e.g. <c>bronze</c> (or scoped: <c>u:</c>, <c>o:</c>).</summary>
    public string? Plan { get; set; }

    /// <summary>A reverification preset: <c>strict_mfa</c>, <c>strict</c>, <c>moderate</c> or <c>lax</c>.</summary>
    public string? Reverification { get; set; }

    /// <summary>The token types accepted. Session tokens only, unless set.</summary>
    public TokenTypes Token { get; set; } = TokenTypes.SessionToken;

    /// <summary>Where to redirect a signed-out caller instead of answering 404 or the sign-in redirect.</summary>
    public string? UnauthenticatedUrl { get; set; }

    /// <summary>Where to redirect a signed-in caller who fails the checks instead of answering 404.</summary>
    public string? UnauthorizedUrl { get; set; }
}
