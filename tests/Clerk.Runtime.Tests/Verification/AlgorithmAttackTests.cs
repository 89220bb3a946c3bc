using System.Text;
using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>DESIGN.md §8: alg none in every casing, RS/HS confusion, and algorithms we never accept.</summary>
public sealed class AlgorithmAttackTests
{
    private readonly VerifierHarness harness = new();

    [Theory]
    [InlineData("none")]
    [InlineData("None")]
    [InlineData("NONE")]
    [InlineData("nOnE")]
    public void Alg_none_in_any_casing_is_refused_with_or_without_a_signature(string none)
    {
        var header = JwsTokens.SessionHeader(none);
        var unsigned = JwsTokens.Unsigned(header, harness.SessionPayload());
        var withGenuineSignature = TokenSigner.Sign(header, harness.SessionPayload());

        Assert.Equal(TokenVerificationReasons.TokenInvalidAlgorithm, harness.Verify(unsigned).Reason);
        Assert.Equal(TokenVerificationReasons.TokenInvalidAlgorithm, harness.Verify(withGenuineSignature).Reason);
        Assert.Equal(0, harness.Keys.Lookups);
    }

    [Fact]
    public void Hs256_keyed_with_our_own_public_pem_is_refused()
    {
        // The classic confusion: a verifier that feeds "the key" to whatever alg the header names would check this
        // HMAC with the PEM text, which is public, and accept a forgery.
        var pem = Encoding.ASCII.GetBytes(TestRsaKeys.InstancePublicPem);
        var forged = JwsTokens.SignHs256(JwsTokens.SessionHeader("HS256"), harness.SessionPayload(), pem);

        var result = harness.Verify(forged);

        Assert.False(result.IsValid);
        Assert.Equal(TokenVerificationReasons.TokenInvalidAlgorithm, result.Reason);
    }

    [Theory]
    [InlineData("HS256")]
    [InlineData("HS512")]
    [InlineData("PS256")]
    [InlineData("ES256")]
    [InlineData("EdDSA")]
    [InlineData("rs256")]
    [InlineData("RS256 ")]
    [InlineData("")]
    public void Algorithms_other_than_exactly_RS256_RS384_RS512_are_refused(string alg)
    {
        var token = TokenSigner.Sign(JwsTokens.SessionHeader(alg), harness.SessionPayload());

        Assert.Equal(TokenVerificationReasons.TokenInvalidAlgorithm, harness.Verify(token).Reason);
    }

    [Fact]
    public void A_missing_or_non_string_alg_is_refused()
    {
        var missing = TokenSigner.SignJson("""{"kid":"ins_test","typ":"JWT"}""", """{"sub":"user_1","exp":99999999999}""");
        var number = TokenSigner.SignJson("""{"alg":256,"typ":"JWT"}""", """{"sub":"user_1","exp":99999999999}""");

        Assert.Equal(TokenVerificationReasons.TokenInvalidAlgorithm, harness.Verify(missing).Reason);
        Assert.Equal(TokenVerificationReasons.TokenInvalidAlgorithm, harness.Verify(number).Reason);
    }

    [Theory]
    [InlineData("RS256")]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public void Each_accepted_algorithm_verifies_with_its_own_hash_when_the_key_is_bound_to_it(string alg)
    {
        var bound = new VerifierHarness(keys: new FakeSigningKeys(TestRsaKeys.InstanceKey, alg));
        var token = TokenSigner.Sign(JwsTokens.SessionHeader(alg), bound.SessionPayload());

        Assert.True(bound.Verify(token).IsValid);
    }

    [Theory]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public void A_token_signed_with_another_algorithm_than_its_key_is_bound_to_is_refused(string alg)
    {
        // Clerk binds its PEM and JWKS keys to RS256: a genuine RS384/RS512 signature by the same key is refused there
        // too (found by the differential test).
        var token = TokenSigner.Sign(JwsTokens.SessionHeader(alg), harness.SessionPayload());

        var result = harness.Verify(token);

        Assert.Equal(TokenVerificationReasons.TokenInvalidAlgorithm, result.Reason);
    }

    [Fact]
    public void A_signature_made_with_another_hash_than_the_header_names_is_refused()
    {
        // Signed as RS512, relabelled RS256: the header is part of the signed text, so re-sign the relabelled
        // header with SHA-512 to isolate the hash mismatch.
        var relabelled = JwsTokens.SessionHeader("RS256");
        var token = TokenSigner.Sign(relabelled, harness.SessionPayload());
        var parts = token.Split('.');
        var sha512Signature = TestRsaKeys.InstanceKey.SignData(
            Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]),
            System.Security.Cryptography.HashAlgorithmName.SHA512,
            System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        var mismatched = parts[0] + "." + parts[1] + "." + System.Buffers.Text.Base64Url.EncodeToString(sha512Signature);

        Assert.Equal(TokenVerificationReasons.TokenInvalidSignature, harness.Verify(mismatched).Reason);
    }
}
