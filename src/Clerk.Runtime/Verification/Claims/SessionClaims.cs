namespace Clerk.Verification.Claims;

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
    public IReadOnlyList<string> Features
    {
        get => features ??= ScopedClaimList.Split(EncodedFeatures);
        init => features = value;
    }

    /// <summary><c>pla</c>: the plans, scoped (<c>u:</c>, <c>o:</c>).</summary>
    public IReadOnlyList<string> Plans
    {
        get => plans ??= ScopedClaimList.Split(EncodedPlans);
        init => plans = value;
    }

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
    public IReadOnlyList<string> OrgPermissions
    {
        get => orgPermissions ??= EncodedOrgPermissions is { } encoded
            ? OrgPermissionsDecoder.Decode(Features, encoded.Per, encoded.Fpm)
            : [];
        init => orgPermissions = value;
    }

    // A v2 token packs its lists (fea, pla, and the permissions in o.per/o.fpm); the verifier checks their types and
    // keeps them as they came, and they are taken apart on first use: most requests never look at them (the
    // decoded lists are then kept, so a cached token decodes them once). Two threads racing here decode the same
    // lists, and either result is the answer.
    private IReadOnlyList<string>? features;
    private IReadOnlyList<string>? plans;
    private IReadOnlyList<string>? orgPermissions;

    /// <summary><c>fea</c> as the token carries it (comma-separated), when <see cref="Features"/> is not given.</summary>
    internal string? EncodedFeatures { get; init; }

    /// <summary><c>pla</c> as the token carries it, when <see cref="Plans"/> is not given.</summary>
    internal string? EncodedPlans { get; init; }

    /// <summary>A v1 token's <c>org_permissions</c> as read; null for v2 (<see cref="EncodedOrgPermissions"/>).</summary>
    internal IReadOnlyList<string>? ReadOrgPermissions
    {
        init => orgPermissions = value;
    }

    /// <summary><c>o.per</c> and <c>o.fpm</c> as a v2 token carries them, when <see cref="OrgPermissions"/> is not given.</summary>
    internal (string? Per, string? Fpm)? EncodedOrgPermissions { get; init; }
}

/// <summary>The <c>act</c> claim of an impersonated session.</summary>
/// <param name="Subject">The impersonator's id.</param>
/// <param name="SessionId">The impersonator's session, when given.</param>
/// <param name="Issuer">Where the impersonation was started, when given.</param>
public sealed record ActorClaims(string Subject, string? SessionId, string? Issuer);
