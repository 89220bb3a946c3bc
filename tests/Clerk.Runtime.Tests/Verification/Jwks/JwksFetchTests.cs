using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>The first fetch: the request Clerk's Backend API expects, and the keys it answers with.</summary>
public sealed class JwksFetchTests
{
    [Fact]
    public async Task First_lookup_fetches_the_jwks_with_the_secret_key_and_api_version()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Keys(TestKeys.A, TestKeys.B));

        var lookup = await bed.FindAsync(TestKeys.B.Kid);

        Assert.True(TestKeys.B.Matches(lookup.Key), lookup.FailureMessage);
        var request = Assert.Single(bed.Api.Requests);
        Assert.Equal("/v1/jwks", request.PathAndQuery);
        Assert.Equal("Bearer " + JwksTestBed.SecretKey, request.Authorization);
        Assert.Equal("2026-05-12", request.ApiVersion);
    }

    [Fact]
    public async Task Every_key_of_one_fetch_is_served_from_it()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Keys(TestKeys.A, TestKeys.B));

        var a = await bed.FindAsync(TestKeys.A.Kid);
        var b = await bed.FindAsync(TestKeys.B.Kid);

        Assert.True(TestKeys.A.Matches(a.Key));
        Assert.True(TestKeys.B.Matches(b.Key));
        Assert.Equal(1, bed.Api.RequestCount);
    }

    [Fact]
    public async Task First_successful_fetch_moves_the_generation_off_zero()
    {
        await using var bed = await JwksTestBed.StartAsync();
        Assert.Equal(0, bed.Keys.Generation);

        await bed.FindAsync(TestKeys.A.Kid);

        Assert.Equal(1, bed.Keys.Generation);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_token_without_kid_is_a_kid_mismatch_without_any_fetch(string? kid)
    {
        await using var bed = await JwksTestBed.StartAsync();

        var lookup = await bed.FindAsync(kid);

        Assert.Equal(TokenVerificationReasons.JwkKidMismatch, lookup.FailureReason);
        Assert.Equal(0, bed.Api.RequestCount);
    }

    [Fact]
    public async Task An_unknown_kid_on_the_first_fetch_is_a_kid_mismatch()
    {
        await using var bed = await JwksTestBed.StartAsync();

        var lookup = await bed.FindAsync("ins_someone_else");

        Assert.Null(lookup.Key);
        Assert.Equal(TokenVerificationReasons.JwkKidMismatch, lookup.FailureReason);
        Assert.DoesNotContain("ins_someone_else", lookup.FailureMessage);
        Assert.Equal(1, bed.Api.RequestCount);
    }
}
