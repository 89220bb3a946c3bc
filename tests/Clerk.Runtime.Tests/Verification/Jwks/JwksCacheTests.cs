namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>The key set is cached for five minutes, then refreshed without making a request wait for it.</summary>
public sealed class JwksCacheTests
{
    [Fact]
    public async Task Keys_are_served_from_the_cache_for_five_minutes()
    {
        await using var bed = await JwksTestBed.StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);

        bed.Time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(1));
        var lookup = await bed.FindAsync(TestKeys.A.Kid);
        await bed.Keys.FetchInFlight;

        Assert.True(TestKeys.A.Matches(lookup.Key));
        Assert.Equal(1, bed.Api.RequestCount);
    }

    [Fact]
    public async Task After_five_minutes_the_key_is_still_answered_and_the_set_is_refetched()
    {
        await using var bed = await JwksTestBed.StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);

        bed.Time.Advance(TimeSpan.FromMinutes(5));
        var lookup = await bed.FindAsync(TestKeys.A.Kid);
        await bed.Keys.FetchInFlight;

        Assert.True(TestKeys.A.Matches(lookup.Key));
        Assert.Equal(2, bed.Api.RequestCount);
    }

    [Fact]
    public async Task A_refetch_restarts_the_five_minutes()
    {
        await using var bed = await JwksTestBed.StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Time.Advance(TimeSpan.FromMinutes(5));
        await bed.FindAsync(TestKeys.A.Kid);
        await bed.Keys.FetchInFlight;

        bed.Time.Advance(TimeSpan.FromMinutes(4));
        await bed.FindAsync(TestKeys.A.Kid);
        await bed.Keys.FetchInFlight;

        Assert.Equal(2, bed.Api.RequestCount);
    }

    [Fact]
    public async Task Many_lookups_of_an_expired_set_share_one_refetch()
    {
        await using var bed = await JwksTestBed.StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Time.Advance(TimeSpan.FromMinutes(6));

        var lookups = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => bed.FindAsync(TestKeys.A.Kid))));
        await bed.Keys.FetchInFlight;

        Assert.All(lookups, lookup => Assert.True(TestKeys.A.Matches(lookup.Key)));
        Assert.Equal(2, bed.Api.RequestCount);
    }
}
