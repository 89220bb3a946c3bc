using Clerk.Verification.Jws;
using static Clerk.Verification.Claims.SessionClaimNames;

namespace Clerk.Verification.Claims;

/// <summary>
/// Reads a verified session token's payload into <see cref="SessionClaims"/>: the registered claims with Clerk's
/// type rules, then the v2 (<c>v: 2</c>) or v1 organization claims. Runs only after the signature verified, on the
/// members <see cref="StrictJson"/> found before it. A claim of the wrong type fails the token rather than being
/// skipped, so a malformed <c>act</c> can never hide an impersonation; JSON <c>null</c> counts as absent.
/// </summary>
internal static class SessionClaimsReader
{
    /// <summary>Machine (M2M) tokens carry a <c>mch_</c> subject; Clerk refuses them where a session is expected.</summary>
    private const string MachineSubjectPrefix = "mch_";

    public static bool TryRead(
        ReadOnlySpan<byte> payload, in MemberOffsets members, out SessionClaims claims, out VerificationFailure failure)
    {
        claims = null!;
        string? problem = null;
        var reader = new ClaimReader<SessionClaimNames>(payload, members, ref problem);
        if (reader.KindOf(Sub) != System.Text.Json.JsonTokenType.String)
        {
            return Fail(TokenVerificationReasons.TokenVerificationFailed, "The sub claim is required and must be a string.", out failure);
        }

        var subject = reader.String(Sub)!;
        if (subject.StartsWith(MachineSubjectPrefix, StringComparison.Ordinal))
        {
            return Fail(TokenVerificationReasons.TokenTypeMismatch, "A machine (M2M) token is not a session token.", out failure);
        }

        if (!reader.TryGetNumericDate(Exp, out var expiresAt))
        {
            return Fail(TokenVerificationReasons.TokenVerificationFailed, "The exp claim is required and must be a number.", out failure);
        }

        // Absent is fine; null is not a NumericDate (Clerk refuses it too: typeof null !== 'number').
        DateTimeOffset notBefore = default, issuedAt = default;
        if ((reader.IsPresent(Nbf) && !reader.TryGetNumericDate(Nbf, out notBefore))
            || (reader.IsPresent(Iat) && !reader.TryGetNumericDate(Iat, out issuedAt)))
        {
            return Fail(TokenVerificationReasons.TokenVerificationFailed, "The nbf and iat claims, when present, must be numbers.", out failure);
        }

        // Read in this order, so the first wrong-typed claim named in the refusal is the same whatever changes here.
        var version = reader.Int32(V) ?? 1;
        var features = reader.String(Fea);
        var organization = version == 2 ? ReadV2Organization(ref reader) : ReadV1Organization(ref reader);
        var result = new SessionClaims
        {
            Subject = subject,
            ExpiresAt = expiresAt,
            NotBefore = reader.IsPresent(Nbf) ? notBefore : null,
            IssuedAt = reader.IsPresent(Iat) ? issuedAt : null,
            SessionId = reader.String(Sid),
            SessionStatus = reader.String(Sts),
            AuthorizedParty = reader.String(Azp),
            Issuer = reader.String(Iss),
            Version = version,
            FactorVerificationAge = reader.Int32Pair(Fva),
            Actor = ReadActor(ref reader),
            EncodedFeatures = features,
            EncodedPlans = reader.String(Pla),
            OrgId = organization.Id,
            OrgSlug = organization.Slug,
            OrgRole = organization.Role,
            ReadOrgPermissions = organization.Permissions,
            EncodedOrgPermissions = organization.EncodedPermissions,
        };

        if (problem is not null)
        {
            return Fail(TokenVerificationReasons.TokenInvalid, problem, out failure);
        }

        claims = result;
        failure = default;
        return true;
    }

    /// <summary>
    /// v2: the compact <c>o</c> claim; the role gains the <c>org:</c> prefix Clerk's v1 tokens carried, and the
    /// permissions are decoded from <c>o.per</c>/<c>o.fpm</c> when first asked for (<see cref="SessionClaims.OrgPermissions"/>).
    /// </summary>
    private static Organization ReadV2Organization(ref ClaimReader<SessionClaimNames> reader)
    {
        if (!reader.TryGetObject<OrganizationClaimNames>(O, out var o))
        {
            return Organization.None;
        }

        var role = o.String(OrganizationClaimNames.Rol);
        return new Organization(
            o.String(OrganizationClaimNames.Id),
            o.String(OrganizationClaimNames.Slg),
            string.IsNullOrEmpty(role) ? null : "org:" + role,
            Permissions: null,
            EncodedPermissions: (o.String(OrganizationClaimNames.Per), o.String(OrganizationClaimNames.Fpm)));
    }

    private static Organization ReadV1Organization(ref ClaimReader<SessionClaimNames> reader) => new(
        reader.String(OrgId),
        reader.String(OrgSlug),
        reader.String(OrgRole),
        reader.StringArray(OrgPermissions) ?? [],
        EncodedPermissions: null);

    private static ActorClaims? ReadActor(ref ClaimReader<SessionClaimNames> reader)
    {
        if (!reader.TryGetObject<ActorClaimNames>(Act, out var act))
        {
            return null;
        }

        var subject = act.String(ActorClaimNames.Sub);
        var sessionId = act.String(ActorClaimNames.Sid);
        var issuer = act.String(ActorClaimNames.Iss);
        if (subject is null)
        {
            act.Refuse("The act claim must name its sub.");
            return null;
        }

        return new ActorClaims(subject, sessionId, issuer);
    }

    private static bool Fail(string reason, string message, out VerificationFailure failure)
    {
        failure = new VerificationFailure(reason, message);
        return false;
    }

    /// <summary>The active organization: v1 permissions as read, or v2's encoded ones (decoded later).</summary>
    private readonly record struct Organization(
        string? Id, string? Slug, string? Role, IReadOnlyList<string>? Permissions, (string? Per, string? Fpm)? EncodedPermissions)
    {
        public static readonly Organization None = new(null, null, null, null, null);
    }
}
