using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>azp against AuthorizedParties: required and listed once configured, ignored otherwise.</summary>
public sealed class AuthorizedPartyTests
{
    private static readonly TokenVerifierSettings WithParties = new()
    {
        AuthorizedParties = ["https://app.example.com", "http://localhost:3000"],
    };

    [Fact]
    public void A_listed_azp_is_accepted()
    {
        var harness = new VerifierHarness(WithParties);

        Assert.True(harness.Verify(harness.SignedSessionToken(p => p["azp"] = "http://localhost:3000")).IsValid);
    }

    [Theory]
    [InlineData("https://evil.example.com")]
    [InlineData("https://APP.example.com")]
    [InlineData("https://app.example.com/")]
    [InlineData("")]
    public void An_unlisted_azp_is_refused(string azp)
    {
        var harness = new VerifierHarness(WithParties);

        var result = harness.Verify(harness.SignedSessionToken(p => p["azp"] = azp));

        Assert.Equal(TokenVerificationReasons.TokenInvalidAuthorizedParties, result.Reason);
    }

    [Fact]
    public void A_missing_azp_is_refused_when_parties_are_configured()
    {
        var harness = new VerifierHarness(WithParties);

        var result = harness.Verify(harness.SignedSessionToken(p => p.Remove("azp")));

        Assert.Equal(TokenVerificationReasons.TokenInvalidAuthorizedParties, result.Reason);
    }

    [Fact]
    public void Without_configured_parties_azp_is_not_checked()
    {
        var harness = new VerifierHarness();

        Assert.True(harness.Verify(harness.SignedSessionToken(p => p.Remove("azp"))).IsValid);
        Assert.True(harness.Verify(harness.SignedSessionToken(p => p["azp"] = "https://anything.example")).IsValid);
    }
}
