using Clerk.Verification.Claims;

namespace Clerk.Authorization;

/// <summary>
/// Clerk's <c>has()</c> over verified session claims: every dimension given must pass (AND), and anything missing
/// fails closed — a role or permission without an active organization, an unknown reverification preset, a
/// reverification check without <c>fva</c>.
/// </summary>
internal static class AuthorizationCheck
{
    private const string OrgPrefix = "org:";

    public static bool Has(SessionClaims claims, string? role, string? permission, string? feature, string? plan, string? reverification)
    {
        if (role is null && permission is null && feature is null && plan is null && reverification is null)
        {
            return false;
        }
        return (role is null || HasRole(claims, role))
            && (permission is null || HasPermission(claims, permission))
            && (feature is null || HasScoped(claims.Features, feature, claims.OrgId is not null))
            && (plan is null || HasScoped(claims.Plans, plan, claims.OrgId is not null))
            && (reverification is null || IsRecentlyVerified(claims, reverification));
    }

    // "admin" and "org:admin" name the same role, as in Clerk.
    private static bool HasRole(SessionClaims claims, string role) =>
        claims.OrgId is not null && claims.OrgRole is not null
        && string.Equals(WithOrgPrefix(claims.OrgRole), WithOrgPrefix(role), StringComparison.Ordinal);

    // System permissions (org:sys_*) are never in the token, so asking for one is always false here.
    private static bool HasPermission(SessionClaims claims, string permission) =>
        claims.OrgId is not null && claims.OrgPermissions.Contains(WithOrgPrefix(permission), StringComparer.Ordinal);

    /// <summary>
    /// A feature or plan: <c>o:name</c> needs it on the active organization, <c>u:name</c> on the user, and an
    /// unscoped name on either.
    /// </summary>
    private static bool HasScoped(IReadOnlyList<string> granted, string wanted, bool hasActiveOrg)
    {
        if (wanted.StartsWith("o:", StringComparison.Ordinal))
        {
            return hasActiveOrg && granted.Contains(wanted, StringComparer.Ordinal);
        }
        if (wanted.StartsWith("u:", StringComparison.Ordinal))
        {
            return granted.Contains(wanted, StringComparer.Ordinal);
        }
        return granted.Contains("u:" + wanted, StringComparer.Ordinal)
            || (hasActiveOrg && granted.Contains("o:" + wanted, StringComparer.Ordinal));
    }

    /// <summary><c>fva</c> holds the minutes since each factor was verified (-1: never).</summary>
    private static bool IsRecentlyVerified(SessionClaims claims, string preset)
    {
        if (ReverificationPresets.Find(preset) is not { } rule || claims.FactorVerificationAge is not [var firstAge, var secondAge])
        {
            return false;
        }
        var first = firstAge != -1 && firstAge < rule.AfterMinutes;
        var second = secondAge != -1 && secondAge < rule.AfterMinutes;
        return rule.Level switch
        {
            ReverificationPresets.Level.FirstFactor => first,
            // A user without a second factor is held to the first one, as Clerk does.
            ReverificationPresets.Level.SecondFactor => secondAge == -1 ? first : second,
            _ => secondAge == -1 ? first : first && second,
        };
    }

    private static string WithOrgPrefix(string name) =>
        name.StartsWith(OrgPrefix, StringComparison.Ordinal) ? name : OrgPrefix + name;
}
