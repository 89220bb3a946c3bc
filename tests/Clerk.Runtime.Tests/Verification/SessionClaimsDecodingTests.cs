using Clerk.Verification;
using Clerk.Verification.Claims;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>v2 and v1 session claims decoded into <see cref="SessionClaims"/>, as Clerk's SDK reads them.</summary>
public sealed class SessionClaimsDecodingTests
{
    private readonly VerifierHarness harness = new();

    private SessionClaims Decode(Action<Dictionary<string, object?>> change)
    {
        var result = harness.Verify(harness.SignedSessionToken(change));
        Assert.True(result.IsValid, result.Message);
        return result.Claims!;
    }

    private string? RefusalOf(Action<Dictionary<string, object?>> change) =>
        harness.Verify(harness.SignedSessionToken(change)).Reason;

    [Fact]
    public void The_registered_and_session_claims_are_decoded()
    {
        var claims = Decode(_ => { });

        Assert.Equal("user_123", claims.Subject);
        Assert.Equal("sess_123", claims.SessionId);
        Assert.Equal("active", claims.SessionStatus);
        Assert.Equal("https://app.example.com", claims.AuthorizedParty);
        Assert.Equal("https://clerk.example.com", claims.Issuer);
        Assert.Equal(VerifierHarness.Start.AddSeconds(60), claims.ExpiresAt);
        Assert.Equal(VerifierHarness.Start, claims.IssuedAt);
        Assert.Equal(VerifierHarness.Start.AddSeconds(-5), claims.NotBefore);
        Assert.Equal(2, claims.Version);
        Assert.Equal([3, -1], claims.FactorVerificationAge);
        Assert.Null(claims.Actor);
        Assert.Null(claims.OrgId);
        Assert.Empty(claims.OrgPermissions);
    }

    [Fact]
    public void A_pending_session_status_is_kept_for_Auth_to_judge()
    {
        Assert.Equal("pending", Decode(p => p["sts"] = "pending").SessionStatus);
    }

    [Fact]
    public void V2_organization_permissions_are_decoded_from_the_feature_bitmask()
    {
        // The DESIGN.md example: fpm 3 = 0b11 grants both permissions of dashboard; 2 = 0b10 grants only the
        // second (read) of teams. Bit 0 is the first permission in per.
        var claims = Decode(p =>
        {
            p["fea"] = "o:dashboard,o:teams";
            p["o"] = new Dictionary<string, object?>
            {
                ["id"] = "org_1", ["slg"] = "acme", ["rol"] = "admin", ["per"] = "manage,read", ["fpm"] = "3,2",
            };
        });

        Assert.Equal("org_1", claims.OrgId);
        Assert.Equal("acme", claims.OrgSlug);
        Assert.Equal("org:admin", claims.OrgRole);
        Assert.Equal(["org:dashboard:manage", "org:dashboard:read", "org:teams:read"], claims.OrgPermissions);
        Assert.Equal(["o:dashboard", "o:teams"], claims.Features);
    }

    [Fact]
    public void Only_organization_scoped_features_take_part_in_the_bitmask()
    {
        // u: features are the user's own plan; ou:/uo: belong to both. The mask list follows the org features only.
        var claims = Decode(p =>
        {
            p["fea"] = "u:ai, o:billing ,uo:reports,u:extra";
            p["pla"] = "u:pro,o:team";
            p["o"] = new Dictionary<string, object?> { ["id"] = "org_1", ["rol"] = "member", ["per"] = "read,write", ["fpm"] = "1,3" };
        });

        Assert.Equal(["org:billing:read", "org:reports:read", "org:reports:write"], claims.OrgPermissions);
        Assert.Equal(["u:ai", "o:billing", "uo:reports", "u:extra"], claims.Features);
        Assert.Equal(["u:pro", "o:team"], claims.Plans);
    }

    [Theory]
    [InlineData("manage,read", null)]
    [InlineData(null, "3")]
    [InlineData("manage,read", "x")]
    [InlineData("manage,read", "-1")]
    [InlineData("manage,read", "0")]
    public void Missing_or_malformed_masks_grant_nothing(string? per, string? fpm)
    {
        var claims = Decode(p =>
        {
            p["fea"] = "o:dashboard";
            p["o"] = new Dictionary<string, object?> { ["id"] = "org_1", ["rol"] = "admin", ["per"] = per, ["fpm"] = fpm };
        });

        Assert.Empty(claims.OrgPermissions);
        Assert.Equal("org:admin", claims.OrgRole);
    }

    [Fact]
    public void Masks_beyond_64_bits_decode_like_Clerk_s_arbitrary_precision_parser()
    {
        var permissions = Enumerable.Range(0, 70).Select(i => $"p{i}").ToArray();
        var mask = (System.Numerics.BigInteger.One << 69) + 1; // the first and the seventieth permission
        var claims = Decode(p =>
        {
            p["fea"] = "o:big";
            p["o"] = new Dictionary<string, object?>
            {
                ["id"] = "org_1", ["per"] = string.Join(',', permissions), ["fpm"] = mask.ToString(),
            };
        });

        Assert.Equal(["org:big:p0", "org:big:p69"], claims.OrgPermissions);
    }

    [Fact]
    public void More_masks_than_features_and_bits_beyond_the_permissions_are_ignored()
    {
        var claims = Decode(p =>
        {
            p["fea"] = "o:dashboard";
            p["o"] = new Dictionary<string, object?> { ["id"] = "org_1", ["per"] = "read", ["fpm"] = "255,1" };
        });

        Assert.Equal(["org:dashboard:read"], claims.OrgPermissions);
    }

    [Fact]
    public void V2_ignores_the_v1_organization_claims()
    {
        var claims = Decode(p =>
        {
            p["org_id"] = "org_v1";
            p["org_role"] = "org:admin";
        });

        Assert.Null(claims.OrgId);
        Assert.Null(claims.OrgRole);
    }

    [Fact]
    public void V1_organization_claims_are_read_as_they_are()
    {
        var claims = Decode(p =>
        {
            p.Remove("v");
            p["org_id"] = "org_1";
            p["org_slug"] = "acme";
            p["org_role"] = "org:admin";
            p["org_permissions"] = new[] { "org:invoices:create", "org:invoices:read" };
        });

        Assert.Equal(1, claims.Version);
        Assert.Equal("org_1", claims.OrgId);
        Assert.Equal("acme", claims.OrgSlug);
        Assert.Equal("org:admin", claims.OrgRole);
        Assert.Equal(["org:invoices:create", "org:invoices:read"], claims.OrgPermissions);
    }

    [Fact]
    public void The_actor_of_an_impersonated_session_is_decoded()
    {
        var claims = Decode(p => p["act"] = new Dictionary<string, object?>
        {
            ["sub"] = "user_admin", ["sid"] = "sess_admin", ["iss"] = "https://dashboard.clerk.com",
        });

        Assert.Equal(new ActorClaims("user_admin", "sess_admin", "https://dashboard.clerk.com"), claims.Actor);
    }

    [Fact]
    public void Null_optional_claims_count_as_absent()
    {
        var claims = Decode(p =>
        {
            p["act"] = null;
            p["fva"] = null;
            p["o"] = null;
            p["sid"] = null;
        });

        Assert.Null(claims.Actor);
        Assert.Null(claims.FactorVerificationAge);
        Assert.Null(claims.OrgId);
        Assert.Null(claims.SessionId);
    }

    public static TheoryData<string, object> MalformedClaims => new()
    {
        { "act", "user_admin" },
        { "act", new Dictionary<string, object?> { ["sid"] = "sess_admin" } },
        { "fva", new[] { 1 } },
        { "fva", new[] { 1, 2, 3 } },
        { "fva", new object[] { 1, "2" } },
        { "sid", 42 },
        { "sts", true },
        { "o", "org_1" },
        { "v", "2" },
        { "v", 2.5 },
        { "fea", new[] { "o:dashboard" } },
        { "azp", new[] { "https://app.example.com" } },
    };

    [Theory]
    [MemberData(nameof(MalformedClaims))]
    public void A_claim_of_the_wrong_type_fails_the_token_instead_of_being_skipped(string claim, object value)
    {
        Assert.Equal(TokenVerificationReasons.TokenInvalid, RefusalOf(p => p[claim] = value));
    }

    [Fact]
    public void A_malformed_nested_organization_claim_fails_the_token()
    {
        Assert.Equal(TokenVerificationReasons.TokenInvalid, RefusalOf(p => p["o"] = new Dictionary<string, object?> { ["id"] = 7 }));
    }

    [Fact]
    public void Malformed_v1_permissions_fail_the_token()
    {
        Assert.Equal(TokenVerificationReasons.TokenInvalid, RefusalOf(p =>
        {
            p.Remove("v");
            p["org_permissions"] = new object[] { "org:a:b", 3 };
        }));
    }

    [Fact]
    public void The_v2_lists_are_taken_apart_once_on_first_use_and_then_kept()
    {
        var claims = Decode(p =>
        {
            p["fea"] = "o:dashboard,u:ai";
            p["pla"] = "u:pro";
            p["o"] = new Dictionary<string, object?> { ["id"] = "org_1", ["rol"] = "admin", ["per"] = "manage,read", ["fpm"] = "3" };
        });

        // Many requests read one cached verdict at once: all of them see the same lists, decoded once.
        var seen = new IReadOnlyList<string>[64][];
        Parallel.For(0, seen.Length, i => seen[i] = [claims.OrgPermissions, claims.Features, claims.Plans]);

        Assert.Equal(["org:dashboard:manage", "org:dashboard:read"], claims.OrgPermissions);
        Assert.Equal(["o:dashboard", "u:ai"], claims.Features);
        Assert.Equal(["u:pro"], claims.Plans);
        Assert.All(seen, lists =>
        {
            Assert.Equal(claims.OrgPermissions, lists[0]);
            Assert.Equal(claims.Features, lists[1]);
            Assert.Equal(claims.Plans, lists[2]);
        });
        Assert.Same(claims.OrgPermissions, claims.OrgPermissions);
        Assert.Same(claims.Features, claims.Features);
    }

    [Fact]
    public void Escaped_and_long_organization_claims_decode_like_plain_ones()
    {
        // The serializer escapes non-ASCII (ö as \u00F6); the role and the permission list are long.
        var role = new string('r', 300);
        var permissions = string.Join(',', Enumerable.Range(0, 40).Select(i => $"permission_{i}"));
        var claims = Decode(p =>
        {
            p["fea"] = "o:dashböard";
            p["o"] = new Dictionary<string, object?> { ["id"] = "org_1", ["rol"] = role, ["per"] = "mänage," + permissions, ["fpm"] = "3" };
        });

        Assert.Equal("org:" + role, claims.OrgRole);
        Assert.Equal(["o:dashböard"], claims.Features);
        Assert.Equal(["org:dashböard:mänage", "org:dashböard:permission_0"], claims.OrgPermissions);
    }
}
