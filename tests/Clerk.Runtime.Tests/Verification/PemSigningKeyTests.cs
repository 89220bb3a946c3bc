using System.Security.Cryptography;
using Clerk.Verification;
using Clerk.Verification.Keys;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>The networkless key source built from <c>CLERK_JWT_KEY</c>.</summary>
public sealed class PemSigningKeyTests
{
    private static async Task<RSA?> KeyFrom(PemSigningKey source) =>
        (await ((ISigningKeys)source).FindAsync("any-kid", CancellationToken.None)).Key;

    [Fact]
    public async Task A_2048_bit_public_key_verifies_genuine_tokens_end_to_end()
    {
        using var source = new PemSigningKey(TestRsaKeys.InstancePublicPem);
        var harness = new VerifierHarness();
        var verifier = new SessionTokenVerifier(source, new TokenVerifierSettings(), harness.Clock, harness.Logger);

        var genuine = await verifier.VerifyAsync(harness.SignedSessionToken(), CancellationToken.None);
        var forged = await verifier.VerifyAsync(
            TokenSigner.Sign(JwsTokens.SessionHeader(), harness.SessionPayload(), TestRsaKeys.AttackerKey), CancellationToken.None);

        Assert.True(genuine.IsValid);
        Assert.Equal(TokenVerificationReasons.TokenInvalidSignature, forged.Reason);
    }

    [Fact]
    public async Task The_escaped_newline_form_environment_variables_carry_is_accepted()
    {
        var escaped = TestRsaKeys.InstancePublicPem.ReplaceLineEndings("\\n");
        Assert.DoesNotContain('\n', escaped);

        using var source = new PemSigningKey(escaped);

        Assert.Equal(
            TestRsaKeys.InstanceKey.ExportSubjectPublicKeyInfo(),
            (await KeyFrom(source))!.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public void A_1024_bit_key_is_refused_saying_why()
    {
        using var weak = RSA.Create(1024);

        var error = Assert.Throws<ArgumentException>(() => new PemSigningKey(weak.ExportSubjectPublicKeyInfoPem()));

        Assert.Contains("1024", error.Message);
        Assert.Contains("2048", error.Message);
    }

    [Fact]
    public void A_PKCS1_RSA_public_key_is_accepted()
    {
        using var source = new PemSigningKey(TestRsaKeys.InstanceKey.ExportRSAPublicKeyPem());

        Assert.Equal(0, ((ISigningKeys)source).Generation);
    }

    [Fact]
    public void A_private_key_is_refused_rather_than_silently_used()
    {
        Assert.Throws<ArgumentException>(() => new PemSigningKey(TestRsaKeys.InstanceKey.ExportPkcs8PrivateKeyPem()));
    }

    [Theory]
    [InlineData("not a key")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----")]
    public void Text_that_is_not_an_RSA_public_key_is_refused(string pem)
    {
        Assert.Throws<ArgumentException>(() => new PemSigningKey(pem));
    }

    [Fact]
    public void An_EC_public_key_is_refused()
    {
        using var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.Throws<ArgumentException>(() => new PemSigningKey(ec.ExportSubjectPublicKeyInfoPem()));
    }

    [Fact]
    public async Task Every_kid_gets_the_same_key_and_the_generation_never_changes()
    {
        using var source = new PemSigningKey(TestRsaKeys.InstancePublicPem);
        var keys = (ISigningKeys)source;

        var first = await keys.FindAsync("a", CancellationToken.None);
        var second = await keys.FindAsync(null, CancellationToken.None);

        Assert.Same(first.Key, second.Key);
        Assert.Equal(keys.Generation, ((ISigningKeys)source).Generation);
    }
}
