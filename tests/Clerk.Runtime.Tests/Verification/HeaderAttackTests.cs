using System.Buffers.Text;
using System.Security.Cryptography;
using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// DESIGN.md §8: keys embedded in the header are ignored, unknown crit is refused, and tokens of another class
/// (JWT templates, M2M, OAuth) are not accepted as session tokens.
/// </summary>
public sealed class HeaderAttackTests
{
    private readonly VerifierHarness harness = new();

    private static Dictionary<string, object?> AttackerJwk()
    {
        var parameters = TestRsaKeys.AttackerKey.ExportParameters(false);
        return new()
        {
            ["kty"] = "RSA",
            ["kid"] = "ins_test",
            ["use"] = "sig",
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
    }

    public static TheoryData<string, object> EmbeddedKeyHeaders => new()
    {
        { "jwk", AttackerJwk() },
        { "jku", "https://attacker.example/jwks.json" },
        { "x5u", "https://attacker.example/cert.pem" },
        { "x5c", new[] { "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" } },
    };

    [Theory]
    [MemberData(nameof(EmbeddedKeyHeaders))]
    public void A_key_embedded_in_the_header_is_never_used(string member, object value)
    {
        // Signed by the attacker, with the attacker's key carried in (or pointed at by) the header.
        var header = JwsTokens.SessionHeader();
        header[member] = value;
        var forged = TokenSigner.Sign(header, harness.SessionPayload(), TestRsaKeys.AttackerKey);

        var result = harness.Verify(forged);

        Assert.Equal(TokenVerificationReasons.TokenInvalidSignature, result.Reason);
        Assert.Equal(["ins_test"], harness.Keys.RequestedKeyIds);
    }

    [Theory]
    [MemberData(nameof(EmbeddedKeyHeaders))]
    public void A_genuine_token_that_happens_to_carry_those_members_still_verifies_with_our_key(string member, object value)
    {
        var header = JwsTokens.SessionHeader();
        header[member] = value;

        Assert.True(harness.Verify(TokenSigner.Sign(header, harness.SessionPayload())).IsValid);
    }

    [Theory]
    [InlineData("""["exp"]""")]
    [InlineData("""["b64"]""")]
    [InlineData("""[]""")]
    [InlineData("""["cat"]""")]
    public void A_crit_header_is_refused_because_we_understand_no_extension(string crit)
    {
        var token = TokenSigner.SignJson(
            $$"""{"alg":"RS256","typ":"JWT","crit":{{crit}},"b64":true,"exp":1}""",
            $$"""{"sub":"user_1","exp":{{harness.Now + 60}}}""");

        var result = harness.Verify(token);

        Assert.Equal(TokenVerificationReasons.TokenInvalid, result.Reason);
        Assert.Contains("crit", result.Message);
        Assert.Equal(0, harness.Keys.Lookups);
    }

    [Theory]
    [InlineData("cl_B7d4PD222AAA")] // JWT template
    [InlineData("cl_B7d4PD333AAA")] // M2M token
    [InlineData("cl_something_new")]
    public void A_token_of_another_category_is_a_type_mismatch(string category)
    {
        var header = JwsTokens.SessionHeader();
        header["cat"] = category;

        var result = harness.Verify(TokenSigner.Sign(header, harness.SessionPayload()));

        Assert.Equal(TokenVerificationReasons.TokenTypeMismatch, result.Reason);
    }

    [Fact]
    public void A_JWT_template_token_used_as_a_session_token_is_refused_even_without_a_sid()
    {
        // What a template token looks like: same key, no sid, often a longer lifetime.
        var header = JwsTokens.SessionHeader();
        header["cat"] = "cl_B7d4PD222AAA";
        var payload = harness.SessionPayload();
        payload.Remove("sid");
        payload["exp"] = harness.Now + 3600;

        Assert.Equal(TokenVerificationReasons.TokenTypeMismatch, harness.Verify(TokenSigner.Sign(header, payload)).Reason);
    }

    [Fact]
    public void A_non_string_category_is_a_type_mismatch()
    {
        var token = TokenSigner.SignJson(
            """{"alg":"RS256","typ":"JWT","cat":1}""", $$"""{"sub":"user_1","exp":{{harness.Now + 60}}}""");

        Assert.Equal(TokenVerificationReasons.TokenTypeMismatch, harness.Verify(token).Reason);
    }

    [Theory]
    [InlineData("cl_B7d4PD111AAA")] // session token
    [InlineData("cl_I7d4PD111III")] // instance opted out of categories: says nothing about the class
    [InlineData(null)] // minted before categories existed
    public void Session_ignore_and_absent_categories_are_accepted(string? category)
    {
        var header = JwsTokens.SessionHeader();
        header.Remove("cat");
        if (category is not null)
        {
            header["cat"] = category;
        }

        Assert.True(harness.Verify(TokenSigner.Sign(header, harness.SessionPayload())).IsValid);
    }

    [Theory]
    [InlineData("at+jwt")]
    [InlineData("application/at+jwt")]
    public void An_OAuth_access_token_type_is_a_type_mismatch(string type)
    {
        var header = JwsTokens.SessionHeader();
        header["typ"] = type;

        Assert.Equal(TokenVerificationReasons.TokenTypeMismatch, harness.Verify(TokenSigner.Sign(header, harness.SessionPayload())).Reason);
    }

    [Fact]
    public void An_M2M_subject_is_a_type_mismatch()
    {
        var token = harness.SignedSessionToken(p => p["sub"] = "mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk");

        Assert.Equal(TokenVerificationReasons.TokenTypeMismatch, harness.Verify(token).Reason);
    }

    [Theory]
    [InlineData("jwt")]
    [InlineData("JWS")]
    [InlineData("")]
    public void A_typ_other_than_JWT_is_refused(string type)
    {
        var header = JwsTokens.SessionHeader();
        header["typ"] = type;

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(TokenSigner.Sign(header, harness.SessionPayload())).Reason);
    }

    [Fact]
    public void An_absent_typ_is_accepted()
    {
        var header = JwsTokens.SessionHeader();
        header.Remove("typ");

        Assert.True(harness.Verify(TokenSigner.Sign(header, harness.SessionPayload())).IsValid);
    }

    [Fact]
    public void A_non_string_kid_is_refused()
    {
        var token = TokenSigner.SignJson(
            """{"alg":"RS256","typ":"JWT","kid":{"url":"https://attacker.example"}}""",
            $$"""{"sub":"user_1","exp":{{harness.Now + 60}}}""");

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(token).Reason);
    }

    [Fact]
    public void A_token_signed_by_another_key_is_an_invalid_signature()
    {
        var forged = TokenSigner.Sign(JwsTokens.SessionHeader(), harness.SessionPayload(), TestRsaKeys.AttackerKey);

        Assert.Equal(TokenVerificationReasons.TokenInvalidSignature, harness.Verify(forged).Reason);
    }

    [Fact]
    public void A_key_under_2048_bits_from_a_key_source_is_refused()
    {
        using var weak = RSA.Create(1024);
        var harnessWithWeakKey = new VerifierHarness(keys: new FakeSigningKeys(weak));
        var token = TokenSigner.Sign(JwsTokens.SessionHeader(), harnessWithWeakKey.SessionPayload(), weak);

        Assert.Equal(TokenVerificationReasons.JwkInvalid, harnessWithWeakKey.Verify(token).Reason);
    }
}
