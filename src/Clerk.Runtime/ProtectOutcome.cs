namespace Clerk;

/// <summary>What <see cref="Auth.Protect"/> and <see cref="ProtectedAttribute"/> decided for a request.</summary>
public enum ProtectOutcome
{
    /// <summary>The caller passes: the handler runs.</summary>
    Allowed,
    /// <summary>Signed out (no token, an invalid or expired one, a pending session): 404, or a redirect.</summary>
    Unauthenticated,
    /// <summary>Signed in, but a role, permission, feature, plan or reverification check failed: 404, or a redirect.</summary>
    Unauthorized,
    /// <summary>A token of a type the handler does not accept, or a machine token that did not verify: 401.</summary>
    Unusable,
}
