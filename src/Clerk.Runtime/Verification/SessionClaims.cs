namespace Clerk.Verification;

/// <summary>
/// The claims of a verified Clerk session token, v2 (<c>v: 2</c>, with the compact <c>o</c> organization claim and
/// <c>fea</c>/<c>pla</c>) or v1 (<c>org_id</c>, <c>org_role</c>, <c>org_permissions</c>), decoded once.
/// </summary>
public sealed class SessionClaims
{
    /// <summary><c>sub</c>: the user id (<c>user_...</c>).</summary>
    public required string Subject { get; init; }

    /// <summary><c>sid</c>: the session id (<c>sess_...</c>).</summary>
    public string? SessionId { get; init; }

    /// <summary><c>sts</c>: <c>active</c> or <c>pending</c> (null in v1 tokens, which are always active).</summary>
    public string? SessionStatus { get; init; }

    /// <summary><c>azp</c>: the origin the token was minted for.</summary>
    public string? AuthorizedParty { get; init; }

    /// <summary><c>iss</c>: the Clerk Frontend API URL.</summary>
    public string? Issuer { get; init; }

    /// <summary><c>exp</c>.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary><c>iat</c>.</summary>
    public DateTimeOffset? IssuedAt { get; init; }

    /// <summary><c>nbf</c>.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary><c>v</c>: the claims version (1 when absent).</summary>
    public int Version { get; init; } = 1;

    /// <summary>
    /// <c>fva</c>: minutes since the first and the second factor were last verified (-1 when never), or null.
    /// </summary>
    public IReadOnlyList<int>? FactorVerificationAge { get; init; }

    /// <summary><c>act</c>: who is impersonating the user, or null.</summary>
    public ActorClaims? Actor { get; init; }

    /// <summary><c>fea</c>: the features of the user's and organization's plans, scoped (<c>u:</c>, <c>o:</c>).</summary>
    public IReadOnlyList<string> Features { get; init; } = [];

    /// <summary><c>pla</c>: the plans, scoped (<c>u:</c>, <c>o:</c>).</summary>
    public IReadOnlyList<string> Plans { get; init; } = [];

    /// <summary>The active organization's id (<c>o.id</c> or <c>org_id</c>).</summary>
    public string? OrgId { get; init; }

    /// <summary>The active organization's slug (<c>o.slg</c> or <c>org_slug</c>).</summary>
    public string? OrgSlug { get; init; }

    /// <summary>The caller's role in it, with the <c>org:</c> prefix (<c>o.rol</c> or <c>org_role</c>).</summary>
    public string? OrgRole { get; init; }

    /// <summary>
    /// The caller's permissions in it: decoded from <c>fea</c> + <c>o.per</c> + <c>o.fpm</c> in v2, or
    /// <c>org_permissions</c> in v1, e.g. <c>org:invoices:create</c>.
    /// </summary>
    public IReadOnlyList<string> OrgPermissions { get; init; } = [];
}

/// <summary>The <c>act</c> claim of an impersonated session.</summary>
/// <param name="Subject">The impersonator's id.</param>
/// <param name="SessionId">The impersonator's session, when given.</param>
/// <param name="Issuer">Where the impersonation was started, when given.</param>
public sealed record ActorClaims(string Subject, string? SessionId, string? Issuer);
