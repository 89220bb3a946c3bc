using Clerk.Verification;
using Clerk.Verification.Keys;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>
/// Tokens with random kids are free to mint; each must not cost a Backend API request. Refetches for unknown kids
/// share one in-flight fetch and are at least MinRefetchInterval apart.
/// </summary>
public sealed class JwksKidFloodTests
{
    private const int FloodSize = 1_000;

    [Fact]
    public async Task A_thousand_concurrent_unknown_kids_cost_one_refetch()
    {
        await using var bed = await JwksTestBed.StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Time.Advance(bed.Settings.MinRefetchInterval);

        var lookups = await FloodAsync(bed);

        Assert.All(lookups, lookup => Assert.Equal(TokenVerificationReasons.JwkKidMismatch, lookup.FailureReason));
        Assert.Equal(2, bed.Api.RequestCount);
    }

    [Fact]
    public async Task A_thousand_unknown_kids_on_a_cold_cache_cost_one_fetch()
    {
        await using var bed = await JwksTestBed.StartAsync();

        var lookups = await FloodAsync(bed);

        Assert.All(lookups, lookup => Assert.Equal(TokenVerificationReasons.JwkKidMismatch, lookup.FailureReason));
        Assert.Equal(1, bed.Api.RequestCount);
    }

    [Fact]
    public async Task Unknown_kids_right_after_a_fetch_cost_nothing_until_the_interval_passes()
    {
        await using var bed = await JwksTestBed.StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);

        await FloodAsync(bed);
        bed.Time.Advance(bed.Settings.MinRefetchInterval - TimeSpan.FromMilliseconds(1));
        await FloodAsync(bed);
        Assert.Equal(1, bed.Api.RequestCount);

        bed.Time.Advance(TimeSpan.FromMilliseconds(1));
        await FloodAsync(bed);
        Assert.Equal(2, bed.Api.RequestCount);
    }

    [Fact]
    public async Task Known_kids_keep_working_during_a_flood()
    {
        await using var bed = await JwksTestBed.StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Time.Advance(bed.Settings.MinRefetchInterval);

        var flood = FloodAsync(bed);
        var known = await bed.FindAsync(TestKeys.A.Kid);
        await flood;

        Assert.True(TestKeys.A.Matches(known.Key));
    }

    private static Task<SigningKeyLookup[]> FloodAsync(JwksTestBed bed) =>
        Task.WhenAll(Enumerable.Range(0, FloodSize)
            .Select(_ => Task.Run(() => bed.FindAsync("ins_" + Guid.NewGuid().ToString("N")))));
}
