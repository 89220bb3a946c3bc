using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>Keys a session token must not be verified with are skipped, logged, and named in the failure reason.</summary>
public sealed class JwksKeyFilteringTests
{
    [Fact]
    public async Task Unusable_keys_are_refused_while_the_good_key_in_the_same_set_serves()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Json(TestKeys.RawDocument(
            TestKeys.Weak.Jwk(),
            With(TestKeys.B.Jwk(), "kid", "ins_ec", ("kty", "EC"), ("crv", "P-256")),
            With(TestKeys.B.Jwk(), "kid", "ins_enc", ("use", "enc")),
            With(TestKeys.B.Jwk(), "kid", "ins_hs", ("alg", "HS256")),
            With(TestKeys.B.Jwk(), "kid", "ins_bad_n", ("n", "not base64url!")),
            With(TestKeys.B.Jwk(), "kid", "ins_even_e", ("e", "AAAC")),
            With(TestKeys.B.Jwk(), "kid", "", ("kty", "RSA")),
            TestKeys.A.Jwk())));

        var good = await bed.FindAsync(TestKeys.A.Kid);

        Assert.True(TestKeys.A.Matches(good.Key), good.FailureMessage);
        foreach (var kid in new[] { TestKeys.Weak.Kid, "ins_ec", "ins_enc", "ins_hs", "ins_bad_n", "ins_even_e" })
        {
            var refused = await bed.FindAsync(kid);
            Assert.Null(refused.Key);
            Assert.Equal(TokenVerificationReasons.JwkInvalid, refused.FailureReason);
            Assert.Contains(bed.Logger.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains(kid));
        }

        Assert.Equal(1, bed.Api.RequestCount);
    }

    [Fact]
    public async Task A_key_under_2048_bits_is_refused_with_its_size()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Keys(TestKeys.Weak));

        var lookup = await bed.FindAsync(TestKeys.Weak.Kid);

        Assert.Equal(TokenVerificationReasons.JwkInvalid, lookup.FailureReason);
        Assert.Contains("1024-bit", lookup.FailureMessage);
        Assert.Contains(bed.Logger.Entries, entry => entry.Message.Contains("no usable signing keys"));
    }

    [Fact]
    public async Task Keys_without_use_or_alg_are_accepted_as_rfc_7517_allows()
    {
        await using var bed = await JwksTestBed.StartAsync();
        var jwk = TestKeys.A.Jwk();
        jwk.Remove("use");
        jwk.Remove("alg");
        bed.Api.Answer(Answers.Json(TestKeys.RawDocument(jwk)));

        var lookup = await bed.FindAsync(TestKeys.A.Kid);

        Assert.True(TestKeys.A.Matches(lookup.Key), lookup.FailureMessage);
    }

    [Fact]
    public async Task Of_two_keys_under_one_kid_the_first_serves()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Keys(TestKeys.A, TestKeys.AReplaced));

        var lookup = await bed.FindAsync(TestKeys.A.Kid);

        Assert.True(TestKeys.A.Matches(lookup.Key));
    }

    private static Dictionary<string, object?> With(
        Dictionary<string, object?> jwk, string member, object? value, params (string Member, object? Value)[] more)
    {
        jwk[member] = value;
        foreach (var (name, newValue) in more)
        {
            jwk[name] = newValue;
        }

        return jwk;
    }
}
