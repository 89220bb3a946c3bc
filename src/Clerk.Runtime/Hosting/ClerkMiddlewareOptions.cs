namespace Clerk.Hosting;

/// <summary>
/// What <c>app.UseClerk()</c> protects: the C# form of <c>clerkMiddleware()</c> with <c>createRouteMatcher()</c>,
/// one place to protect a whole URL space, generated route files and hand-written endpoints alike.
/// </summary>
public sealed class ClerkMiddlewareOptions
{
    internal List<(RouteMatcher Matcher, ProtectedAttribute Requirements)> Rules { get; } = [];

    /// <summary>
    /// Protects every path matching one of <paramref name="patterns"/> (<c>/api/admin(.*)</c>, <c>/orgs/:id</c>)
    /// with the same rules as <see cref="ProtectedAttribute"/>: signed out → 404 or the sign-in redirect, unauthorized
    /// → 404, wrong token type → 401.
    /// </summary>
    /// <param name="requirements">Role, permission, ... to require; signed-in only when null.</param>
    /// <param name="patterns">Route patterns, in Clerk's <c>createRouteMatcher</c> syntax.</param>
    public ClerkMiddlewareOptions Protect(ProtectedAttribute? requirements, params string[] patterns)
    {
        foreach (var pattern in patterns)
        {
            Rules.Add((new RouteMatcher(pattern), requirements ?? new ProtectedAttribute()));
        }
        return this;
    }

    /// <summary>Protects every path matching one of <paramref name="patterns"/>: the caller must be signed in.</summary>
    public ClerkMiddlewareOptions Protect(params string[] patterns) => Protect(null, patterns);
}
