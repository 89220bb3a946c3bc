using Clerk.Verification;

namespace Clerk;

/// <summary>The decision rules of Clerk's <c>protect()</c> (DESIGN.md §6), shared by the attribute and the method.</summary>
internal static class ProtectDecision
{
    public static ProtectOutcome Evaluate(Auth auth, ProtectedAttribute requirements)
    {
        var tokenType = auth.TokenType;
        if (tokenType is { } type && (requirements.Token & type) == 0)
        {
            return ProtectOutcome.Unusable;
        }
        // A JWT-template or machine token presented as a session token is the wrong type, not a signed-out caller.
        if (auth.FailureReason == TokenVerificationReasons.TokenTypeMismatch)
        {
            return ProtectOutcome.Unusable;
        }
        if (tokenType is { } machine && machine != TokenTypes.SessionToken)
        {
            return auth.IsAuthenticated ? ProtectOutcome.Allowed : ProtectOutcome.Unusable;
        }
        if (!auth.IsAuthenticated)
        {
            return ProtectOutcome.Unauthenticated;
        }
        var hasChecks = requirements.Role is not null || requirements.Permission is not null || requirements.Feature is not null
            || requirements.Plan is not null || requirements.Reverification is not null;
        if (hasChecks && !auth.Has(requirements.Role, requirements.Permission, requirements.Feature, requirements.Plan, requirements.Reverification))
        {
            return ProtectOutcome.Unauthorized;
        }
        return ProtectOutcome.Allowed;
    }
}
