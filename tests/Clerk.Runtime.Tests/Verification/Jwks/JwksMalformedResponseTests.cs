using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>Whatever the Backend API (or a proxy in front of it) answers, a lookup returns a reason, never throws.</summary>
public sealed class JwksMalformedResponseTests
{
    [Theory]
    [InlineData("not json at all")]
    [InlineData("<html><body>Bad gateway</body></html>")]
    [InlineData("{")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"keys":"ins_key_a"}""")]
    [InlineData("""{"keys":[{"kid":1,"kty":"RSA"}]}""")]
    [InlineData("""{"keys":[1,2,3]}""")]
    public async Task A_malformed_body_fails_to_resolve_without_retrying(string body)
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Json(body));

        // The fake clock stays still: a retry would wait on it for its backoff and time out here, and moving it while
        // the request is on the wire could fire the attempt timeout of a slow (loaded) machine and cause a retry.
        var lookup = await bed.FindAsync(TestKeys.A.Kid).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(lookup.Key);
        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, lookup.FailureReason);
        Assert.Equal(1, bed.Api.RequestCount);
    }

    [Fact]
    public async Task A_malformed_refresh_keeps_the_previous_keys()
    {
        await using var bed = await JwksTestBed.StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Api.Answer(Answers.Json("{\"keys\":"));
        bed.Time.Advance(TimeSpan.FromMinutes(5));

        await bed.FindAsync(TestKeys.A.Kid);
        await bed.Keys.FetchInFlight;
        var lookup = await bed.FindAsync(TestKeys.A.Kid);

        Assert.True(TestKeys.A.Matches(lookup.Key));
        Assert.Equal(2, bed.Api.RequestCount);
        Assert.Equal(1, bed.Keys.Generation);
    }

    [Fact]
    public async Task An_empty_key_set_is_an_answer_and_every_kid_mismatches()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Json("""{"keys":[]}"""));

        var lookup = await bed.FindAsync(TestKeys.A.Kid);

        Assert.Equal(TokenVerificationReasons.JwkKidMismatch, lookup.FailureReason);
    }

    [Fact]
    public async Task Null_entries_and_unknown_members_are_ignored()
    {
        await using var bed = await JwksTestBed.StartAsync();
        var jwk = TestKeys.A.Jwk();
        jwk["x5c"] = new[] { "MIIB" };
        jwk["x5t#S256"] = "abc";
        bed.Api.Answer(Answers.Json(TestKeys.RawDocument(null!, jwk)));

        var lookup = await bed.FindAsync(TestKeys.A.Kid);

        Assert.True(TestKeys.A.Matches(lookup.Key), lookup.FailureMessage);
    }
}
