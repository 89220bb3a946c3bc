using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// exp, nbf and iat exactly around the 5-second skew (Clerk: expired when exp &lt;= now - skew; not active when
/// nbf &gt; now + skew; iat in the future when iat &gt; now + skew). The clock stands on a whole second.
/// </summary>
public sealed class ClaimTimeTests
{
    private readonly VerifierHarness harness = new();

    [Theory]
    [InlineData(-6, TokenVerificationReasons.TokenExpired)]
    [InlineData(-5, TokenVerificationReasons.TokenExpired)]
    [InlineData(-4, null)]
    [InlineData(0, null)]
    [InlineData(60, null)]
    public void Exp_is_checked_with_the_skew(int expiresInSeconds, string? expectedReason)
    {
        var token = harness.SignedSessionToken(p =>
        {
            p["exp"] = harness.Now + expiresInSeconds;
            p["iat"] = harness.Now - 120;
            p["nbf"] = harness.Now - 120;
        });

        Assert.Equal(expectedReason, harness.Verify(token).Reason);
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(5, null)]
    [InlineData(6, TokenVerificationReasons.TokenNotActiveYet)]
    public void Nbf_is_checked_with_the_skew(int notBeforeInSeconds, string? expectedReason)
    {
        var token = harness.SignedSessionToken(p => p["nbf"] = harness.Now + notBeforeInSeconds);

        Assert.Equal(expectedReason, harness.Verify(token).Reason);
    }

    [Theory]
    [InlineData(4, null)]
    [InlineData(5, null)]
    [InlineData(6, TokenVerificationReasons.TokenIatInTheFuture)]
    public void Iat_is_checked_with_the_skew(int issuedInSeconds, string? expectedReason)
    {
        var token = harness.SignedSessionToken(p =>
        {
            p["iat"] = harness.Now + issuedInSeconds;
            p.Remove("nbf");
        });

        Assert.Equal(expectedReason, harness.Verify(token).Reason);
    }

    [Theory]
    [InlineData("nbf")]
    [InlineData("iat")]
    public void A_null_time_claim_is_refused_not_ignored(string claim)
    {
        // Clerk refuses these (typeof null !== 'number'); treating null as absent would accept what Clerk refuses.
        var token = harness.SignedSessionToken(p => p[claim] = null);

        Assert.Equal(TokenVerificationReasons.TokenVerificationFailed, harness.Verify(token).Reason);
    }

    [Fact]
    public void A_configured_skew_replaces_the_default()
    {
        var strict = new VerifierHarness(new TokenVerifierSettings { ClockSkew = TimeSpan.Zero });
        var token = strict.SignedSessionToken(p => p["nbf"] = strict.Now + 1);

        Assert.Equal(TokenVerificationReasons.TokenNotActiveYet, strict.Verify(token).Reason);
    }

    [Fact]
    public void A_sub_second_clock_is_compared_exactly()
    {
        var token = harness.SignedSessionToken(p => p["exp"] = harness.Now - 4);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(999));
        var stillValid = harness.Verify(token);
        harness.Clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(stillValid.IsValid);
        Assert.Equal(TokenVerificationReasons.TokenExpired, harness.Verify(token).Reason);
    }

    [Fact]
    public void Fractional_and_far_out_of_range_dates_never_throw()
    {
        var fractional = harness.SignedSessionToken(p => p["exp"] = harness.Now + 60.75);
        var far = harness.SignedSessionToken(p => p["exp"] = 1e300);
        var ancient = harness.SignedSessionToken(p => p["exp"] = -1e300);

        Assert.True(harness.Verify(fractional).IsValid);
        Assert.True(harness.Verify(far).IsValid);
        Assert.Equal(TokenVerificationReasons.TokenExpired, harness.Verify(ancient).Reason);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("\"1893456000\"")]
    [InlineData("null")]
    [InlineData("true")]
    public void Exp_must_be_present_and_a_number(string exp)
    {
        var payload = exp == "missing" ? """{"sub":"user_1"}""" : $$"""{"sub":"user_1","exp":{{exp}}}""";
        var token = TokenSigner.SignJson("""{"alg":"RS256","typ":"JWT"}""", payload);

        Assert.Equal(TokenVerificationReasons.TokenVerificationFailed, harness.Verify(token).Reason);
    }

    [Theory]
    [InlineData("nbf")]
    [InlineData("iat")]
    public void Nbf_and_iat_when_present_must_be_numbers(string claim)
    {
        var token = harness.SignedSessionToken(p => p[claim] = "soon");

        Assert.Equal(TokenVerificationReasons.TokenVerificationFailed, harness.Verify(token).Reason);
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("[\"user_1\"]")]
    public void Sub_must_be_a_string(string sub)
    {
        var payload = sub == "missing"
            ? $$"""{"exp":{{harness.Now + 60}}}"""
            : $$"""{"sub":{{sub}},"exp":{{harness.Now + 60}}}""";
        var token = TokenSigner.SignJson("""{"alg":"RS256","typ":"JWT"}""", payload);

        Assert.Equal(TokenVerificationReasons.TokenVerificationFailed, harness.Verify(token).Reason);
    }

    [Fact]
    public void Claims_are_only_judged_after_the_signature()
    {
        // Expired and forged: the answer is about the signature, so a forger learns nothing about our clock or
        // configuration from it.
        var forged = TokenSigner.Sign(
            JwsTokens.SessionHeader(),
            new Dictionary<string, object?> { ["sub"] = "user_1", ["exp"] = 1 },
            TestRsaKeys.AttackerKey);

        Assert.Equal(TokenVerificationReasons.TokenInvalidSignature, harness.Verify(forged).Reason);
    }
}
