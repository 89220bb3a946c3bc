using Clerk.Verification;
using Clerk.Verification.Claims;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// The type rules of every claim the verifier reads, on raw payload text: a claim of the wrong type fails the token
/// (naming the claim), JSON <c>null</c> counts as absent for optional claims but not for the time claims, and claim
/// names are matched after unescaping.
/// </summary>
public sealed class ClaimTypeRulesTests
{
    private readonly VerifierHarness harness = new();

    private string Required => $"\"sub\":\"user_1\",\"exp\":{harness.Now + 60}";

    private TokenVerificationResult VerifyPayload(string payload) =>
        harness.Verify(TokenSigner.SignJson("""{"alg":"RS256","typ":"JWT"}""", payload));

    [Theory]
    [InlineData("\"iss\":1", "iss", "a string")]
    [InlineData("\"azp\":{}", "azp", "a string")]
    [InlineData("\"sid\":[]", "sid", "a string")]
    [InlineData("\"sts\":false", "sts", "a string")]
    [InlineData("\"pla\":[\"u:pro\"]", "pla", "a string")]
    [InlineData("\"fea\":7", "fea", "a string")]
    [InlineData("\"v\":\"2\"", "v", "an integer")]
    [InlineData("\"v\":2.5", "v", "an integer")]
    [InlineData("\"v\":2147483648", "v", "an integer")]
    [InlineData("\"fva\":{}", "fva", "an array of two integers")]
    [InlineData("\"fva\":[1,2.5]", "fva", "an array of two integers")]
    [InlineData("\"fva\":[1,null]", "fva", "an array of two integers")]
    [InlineData("\"fva\":[[1],2]", "fva", "an array of two integers")]
    [InlineData("\"act\":\"user_admin\"", "act", "an object")]
    [InlineData("\"act\":{\"sub\":1}", "act.sub", "a string")]
    [InlineData("\"act\":{\"sub\":\"user_admin\",\"sid\":2}", "act.sid", "a string")]
    [InlineData("\"act\":{\"sub\":\"user_admin\",\"iss\":[]}", "act.iss", "a string")]
    [InlineData("\"v\":2,\"o\":[]", "o", "an object")]
    [InlineData("\"v\":2,\"o\":{\"id\":7}", "o.id", "a string")]
    [InlineData("\"v\":2,\"o\":{\"slg\":true}", "o.slg", "a string")]
    [InlineData("\"v\":2,\"o\":{\"rol\":{}}", "o.rol", "a string")]
    [InlineData("\"v\":2,\"o\":{\"per\":[\"a\"]}", "o.per", "a string")]
    [InlineData("\"v\":2,\"o\":{\"fpm\":3}", "o.fpm", "a string")]
    [InlineData("\"org_id\":1", "org_id", "a string")]
    [InlineData("\"org_slug\":1", "org_slug", "a string")]
    [InlineData("\"org_role\":1", "org_role", "a string")]
    [InlineData("\"org_permissions\":\"org:a:b\"", "org_permissions", "an array of strings")]
    [InlineData("\"org_permissions\":[\"org:a:b\",null]", "org_permissions", "an array of strings")]
    public void A_claim_of_the_wrong_type_fails_the_token_naming_it(string claim, string name, string expected)
    {
        var result = VerifyPayload("{" + Required + "," + claim + "}");

        Assert.Equal(TokenVerificationReasons.TokenInvalid, result.Reason);
        Assert.Equal($"The {name} claim must be {expected}.", result.Message);
    }

    [Fact]
    public void An_actor_without_a_subject_fails_the_token()
    {
        var result = VerifyPayload("{" + Required + ",\"act\":{\"sid\":\"sess_admin\"}}");

        Assert.Equal(TokenVerificationReasons.TokenInvalid, result.Reason);
        Assert.Equal("The act claim must name its sub.", result.Message);
    }

    [Fact]
    public void The_first_wrong_claim_in_reading_order_is_the_one_named()
    {
        var result = VerifyPayload("{\"pla\":1,\"sid\":2," + Required + ",\"v\":2,\"o\":{\"fpm\":1,\"rol\":2}}");

        Assert.Equal("The o.rol claim must be a string.", result.Message);
    }

    [Theory]
    [InlineData("iss")]
    [InlineData("azp")]
    [InlineData("sid")]
    [InlineData("sts")]
    [InlineData("pla")]
    [InlineData("fea")]
    [InlineData("v")]
    [InlineData("fva")]
    [InlineData("act")]
    [InlineData("o")]
    [InlineData("org_id")]
    [InlineData("org_slug")]
    [InlineData("org_role")]
    [InlineData("org_permissions")]
    public void A_null_optional_claim_counts_as_absent(string claim)
    {
        var withNull = VerifyPayload("{" + Required + $",\"{claim}\":null}}");
        var without = VerifyPayload("{" + Required + "}");

        Assert.True(withNull.IsValid, withNull.Message);
        Assert.Equivalent(without.Claims, withNull.Claims, strict: true);
    }

    [Fact]
    public void Null_members_of_the_organization_and_actor_count_as_absent()
    {
        var result = VerifyPayload("{" + Required + ",\"v\":2,\"fea\":\"o:a\",\"o\":{\"id\":\"org_1\",\"slg\":null,\"rol\":null,\"per\":null,\"fpm\":\"1\"},"
            + "\"act\":{\"sub\":\"user_admin\",\"sid\":null,\"iss\":null}}");

        Assert.True(result.IsValid, result.Message);
        Assert.Equal("org_1", result.Claims!.OrgId);
        Assert.Null(result.Claims.OrgSlug);
        Assert.Null(result.Claims.OrgRole);
        Assert.Empty(result.Claims.OrgPermissions);
        Assert.Equal(new ActorClaims("user_admin", null, null), result.Claims.Actor);
    }

    [Theory]
    [InlineData("\"exp\":1")] // no sub
    [InlineData("\"sub\":null,\"exp\":1")]
    [InlineData("\"sub\":7,\"exp\":1")]
    [InlineData("\"sub\":\"user_1\"")] // no exp
    [InlineData("\"sub\":\"user_1\",\"exp\":null")]
    [InlineData("\"sub\":\"user_1\",\"exp\":\"99999999999\"")]
    [InlineData("\"sub\":\"user_1\",\"exp\":1e400")] // beyond a double
    [InlineData("\"sub\":\"user_1\",\"exp\":99999999999,\"nbf\":null")] // null is not a NumericDate
    [InlineData("\"sub\":\"user_1\",\"exp\":99999999999,\"iat\":\"1\"")]
    public void Required_and_time_claims_of_the_wrong_type_fail_verification(string claims)
    {
        Assert.Equal(TokenVerificationReasons.TokenVerificationFailed, VerifyPayload("{" + claims + "}").Reason);
    }

    [Fact]
    public void V1_claims_of_a_v2_token_and_the_o_claim_of_a_v1_token_are_not_read_so_their_type_does_not_matter()
    {
        Assert.True(VerifyPayload("{" + Required + ",\"v\":2,\"org_id\":1,\"org_permissions\":7}").IsValid);
        Assert.True(VerifyPayload("{" + Required + ",\"o\":7}").IsValid);
        Assert.True(VerifyPayload("{" + Required + ",\"v\":1,\"o\":{\"id\":7}}").IsValid);
    }

    [Fact]
    public void Claim_names_are_matched_after_unescaping_at_every_level()
    {
        var result = VerifyPayload(
            $"{{\"s\\u0075b\":\"user_1\",\"\\u0065xp\":{harness.Now + 60},\"\\u0076\":2,\"f\\u0065a\":\"o:a\","
            + "\"\\u006f\":{\"\\u0069d\":\"org_1\",\"r\\u006fl\":\"admin\",\"per\":\"read\",\"fp\\u006d\":\"1\"},"
            + "\"\\u0061ct\":{\"\\u0073ub\":\"user_admin\"}}");

        Assert.True(result.IsValid, result.Message);
        Assert.Equal("user_1", result.Claims!.Subject);
        Assert.Equal(2, result.Claims.Version);
        Assert.Equal("org_1", result.Claims.OrgId);
        Assert.Equal("org:admin", result.Claims.OrgRole);
        Assert.Equal(["org:a:read"], result.Claims.OrgPermissions);
        Assert.Equal("user_admin", result.Claims.Actor!.Subject);
    }

    [Fact]
    public void Escaped_claim_values_are_unescaped()
    {
        var result = VerifyPayload("{" + Required + ",\"sid\":\"sess_\\u00e9\\ud83d\\ude00\\\"\"}");

        Assert.True(result.IsValid, result.Message);
        Assert.Equal("sess_é😀\"", result.Claims!.SessionId);
    }

    [Theory]
    [InlineData("{\"sub\":\"user_1\",\"exp\":99999999999,\"o\":{\"id\":\"a\",\"id\":\"b\"}}")]
    [InlineData("{\"sub\":\"user_1\",\"exp\":99999999999,\"x\":[{\"k\":1,\"k\":2}]}")]
    [InlineData("{\"sub\":\"user_1\",\"exp\":99999999999,\"s\\u0075b\":\"user_admin\"}")]
    [InlineData("{\"sub\":\"user_1\",\"exp\":99999999999,\"x\":\"\\ud800\"}")]
    [InlineData("{\"sub\":\"user_1\",\"exp\":99999999999,\"x\":[{\"y\":\"\\udc00\"}]}")]
    [InlineData("{\"sub\":\"user_1\",\"exp\":99999999999} {}")]
    public void A_payload_the_strict_check_refuses_is_refused_before_any_key_lookup(string payload)
    {
        Assert.Equal(TokenVerificationReasons.TokenInvalid, VerifyPayload(payload).Reason);
        Assert.Equal(0, harness.Keys.Lookups);
    }

    [Fact]
    public void A_payload_nested_seventeen_deep_is_refused_before_any_key_lookup()
    {
        var payload = "{\"sub\":\"user_1\",\"exp\":99999999999,\"x\":" + new string('[', 16) + new string(']', 16) + "}";

        Assert.Equal(TokenVerificationReasons.TokenInvalid, VerifyPayload(payload).Reason);
        Assert.Equal(0, harness.Keys.Lookups);
    }

    [Fact]
    public void A_payload_with_a_byte_order_mark_is_refused_before_any_key_lookup()
    {
        Assert.Equal(TokenVerificationReasons.TokenInvalid, VerifyPayload("\uFEFF{" + Required + "}").Reason);
        Assert.Equal(0, harness.Keys.Lookups);
    }
}
