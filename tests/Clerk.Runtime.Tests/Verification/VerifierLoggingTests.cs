using Clerk.Verification;
using Microsoft.Extensions.Logging;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>Every refusal is logged at Debug with its reason; the token itself never reaches a log or a message.</summary>
public sealed class VerifierLoggingTests
{
    private readonly VerifierHarness harness = new();

    [Fact]
    public void A_refusal_is_logged_at_debug_with_the_reason_and_without_the_token()
    {
        var forged = TokenSigner.Sign(JwsTokens.SessionHeader(), harness.SessionPayload(), TestRsaKeys.AttackerKey);

        var result = harness.Verify(forged);

        var (level, message) = Assert.Single(harness.Logger.Entries);
        Assert.Equal(LogLevel.Debug, level);
        Assert.Contains(TokenVerificationReasons.TokenInvalidSignature, message);
        Assert.DoesNotContain(forged.Split('.')[2][..20], message);
        Assert.DoesNotContain(forged.Split('.')[1][..20], message);
        Assert.DoesNotContain(forged.Split('.')[2][..20], result.Message);
    }

    [Theory]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyXzEifQ.")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.c2lnbmF0dXJl.ZXh0cmE")]
    public void Refusal_messages_never_echo_any_segment_of_the_token(string token)
    {
        var result = harness.Verify(token);

        foreach (var segment in token.Split('.').Where(s => s.Length > 4))
        {
            Assert.DoesNotContain(segment, result.Message);
            Assert.DoesNotContain(segment, harness.Logger.Entries.Single().Message);
        }
    }

    [Fact]
    public void A_valid_token_is_not_logged()
    {
        harness.Verify(harness.SignedSessionToken());

        Assert.Empty(harness.Logger.Entries);
    }
}
