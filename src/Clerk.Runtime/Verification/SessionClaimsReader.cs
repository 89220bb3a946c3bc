using System.Text.Json;

namespace Clerk.Verification;

/// <summary>
/// Reads a verified session token's payload into <see cref="SessionClaims"/>: the registered claims with Clerk's
/// type rules, then the v2 (<c>v: 2</c>) or v1 organization claims. Runs only after the signature verified. A claim
/// of the wrong type fails the token rather than being skipped, so a malformed <c>act</c> can never hide an
/// impersonation; JSON <c>null</c> counts as absent.
/// </summary>
internal static class SessionClaimsReader
{
    /// <summary>Machine (M2M) tokens carry a <c>mch_</c> subject; Clerk refuses them where a session is expected.</summary>
    private const string MachineSubjectPrefix = "mch_";

    public static bool TryRead(JsonElement payload, out SessionClaims claims, out VerificationFailure failure)
    {
        claims = null!;
        var reader = new ClaimReader(payload);
        if (!reader.TryGet("sub", out var sub) || sub.ValueKind != JsonValueKind.String)
        {
            return Fail(TokenVerificationReasons.TokenVerificationFailed, "The sub claim is required and must be a string.", out failure);
        }

        var subject = sub.GetString()!;
        if (subject.StartsWith(MachineSubjectPrefix, StringComparison.Ordinal))
        {
            return Fail(TokenVerificationReasons.TokenTypeMismatch, "A machine (M2M) token is not a session token.", out failure);
        }

        if (!reader.TryGet("exp", out var exp) || !TryGetNumericDate(exp, out var expiresAt))
        {
            return Fail(TokenVerificationReasons.TokenVerificationFailed, "The exp claim is required and must be a number.", out failure);
        }

        if (!TryGetOptionalNumericDate(reader, "nbf", out var notBefore)
            || !TryGetOptionalNumericDate(reader, "iat", out var issuedAt))
        {
            return Fail(TokenVerificationReasons.TokenVerificationFailed, "The nbf and iat claims, when present, must be numbers.", out failure);
        }

        var version = reader.Int32("v") ?? 1;
        var features = ScopedClaimList.Split(reader.String("fea"));
        var organization = version == 2 ? ReadV2Organization(reader, features) : ReadV1Organization(reader);
        var result = new SessionClaims
        {
            Subject = subject,
            ExpiresAt = expiresAt,
            NotBefore = notBefore,
            IssuedAt = issuedAt,
            SessionId = reader.String("sid"),
            SessionStatus = reader.String("sts"),
            AuthorizedParty = reader.String("azp"),
            Issuer = reader.String("iss"),
            Version = version,
            FactorVerificationAge = reader.Int32Pair("fva"),
            Actor = ReadActor(reader),
            Features = features,
            Plans = ScopedClaimList.Split(reader.String("pla")),
            OrgId = organization.Id,
            OrgSlug = organization.Slug,
            OrgRole = organization.Role,
            OrgPermissions = organization.Permissions,
        };

        if (reader.Problem is { } problem)
        {
            return Fail(TokenVerificationReasons.TokenInvalid, problem, out failure);
        }

        claims = result;
        failure = default;
        return true;
    }

    /// <summary>v2: the compact <c>o</c> claim; the role gains the <c>org:</c> prefix Clerk's v1 tokens carried.</summary>
    private static Organization ReadV2Organization(ClaimReader reader, string[] features)
    {
        if (reader.Object("o") is not { } o)
        {
            return Organization.None;
        }

        var role = o.String("rol");
        return new Organization(
            o.String("id"),
            o.String("slg"),
            string.IsNullOrEmpty(role) ? null : "org:" + role,
            OrgPermissionsDecoder.Decode(ScopedClaimList.OrganizationEntries(features), o.String("per"), o.String("fpm")));
    }

    private static Organization ReadV1Organization(ClaimReader reader) => new(
        reader.String("org_id"),
        reader.String("org_slug"),
        reader.String("org_role"),
        reader.StringArray("org_permissions") ?? []);

    private static ActorClaims? ReadActor(ClaimReader reader)
    {
        if (reader.Object("act") is not { } act)
        {
            return null;
        }

        var subject = act.String("sub");
        var sessionId = act.String("sid");
        var issuer = act.String("iss");
        if (subject is null)
        {
            act.Refuse("The act claim must name its sub.");
            return null;
        }

        return new ActorClaims(subject, sessionId, issuer);
    }

    private static bool TryGetOptionalNumericDate(ClaimReader payload, string name, out DateTimeOffset? value)
    {
        value = null;
        // Absent is fine; null is not a NumericDate (Clerk refuses it too: typeof null !== 'number').
        if (!payload.TryGet(name, out var element))
        {
            return true;
        }

        if (!TryGetNumericDate(element, out var date))
        {
            return false;
        }

        value = date;
        return true;
    }

    private static bool TryGetNumericDate(JsonElement element, out DateTimeOffset value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetDouble(out var seconds) || !double.IsFinite(seconds))
        {
            return false;
        }

        value = UnixTime.FromSeconds(seconds);
        return true;
    }

    private static bool Fail(string reason, string message, out VerificationFailure failure)
    {
        failure = new VerificationFailure(reason, message);
        return false;
    }

    private sealed record Organization(string? Id, string? Slug, string? Role, IReadOnlyList<string> Permissions)
    {
        public static readonly Organization None = new(null, null, null, []);
    }
}
