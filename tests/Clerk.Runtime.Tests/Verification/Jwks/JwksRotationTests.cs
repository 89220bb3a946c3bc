using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>Clerk rotates keys: a new kid is picked up on first sight, a removed one stops verifying.</summary>
public sealed class JwksRotationTests
{
    [Fact]
    public async Task A_new_kid_is_found_after_one_refetch_and_the_generation_changes()
    {
        await using var bed = await JwksTestBed.StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        var before = bed.Keys.Generation;
        bed.Api.Answer(Answers.Keys(TestKeys.A, TestKeys.B));
        bed.Time.Advance(bed.Settings.MinRefetchInterval);

        var lookup = await bed.FindAsync(TestKeys.B.Kid);

        Assert.True(TestKeys.B.Matches(lookup.Key), lookup.FailureMessage);
        Assert.Equal(2, bed.Api.RequestCount);
        Assert.NotEqual(before, bed.Keys.Generation);
    }

    [Fact]
    public async Task A_removed_kid_is_refused_once_the_set_is_refreshed()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Keys(TestKeys.A, TestKeys.B));
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Api.Answer(Answers.Keys(TestKeys.B));
        bed.Time.Advance(TimeSpan.FromMinutes(5));
        await bed.FindAsync(TestKeys.B.Kid);
        await bed.Keys.FetchInFlight;

        var lookup = await bed.FindAsync(TestKeys.A.Kid);

        Assert.Null(lookup.Key);
        Assert.Equal(TokenVerificationReasons.JwkKidMismatch, lookup.FailureReason);
        Assert.Equal(2, bed.Keys.Generation);
    }

    [Fact]
    public async Task A_refresh_with_the_same_keys_keeps_the_generation()
    {
        await using var bed = await JwksTestBed.StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Time.Advance(TimeSpan.FromMinutes(5));

        await bed.FindAsync(TestKeys.A.Kid);
        await bed.Keys.FetchInFlight;

        Assert.Equal(2, bed.Api.RequestCount);
        Assert.Equal(1, bed.Keys.Generation);
    }

    [Fact]
    public async Task New_key_material_under_the_same_kid_changes_the_generation()
    {
        await using var bed = await JwksTestBed.StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Api.Answer(Answers.Keys(TestKeys.AReplaced));
        bed.Time.Advance(TimeSpan.FromMinutes(5));

        await bed.FindAsync(TestKeys.A.Kid);
        await bed.Keys.FetchInFlight;
        var lookup = await bed.FindAsync(TestKeys.A.Kid);

        Assert.Equal(2, bed.Keys.Generation);
        Assert.True(TestKeys.AReplaced.Matches(lookup.Key));
    }
}
