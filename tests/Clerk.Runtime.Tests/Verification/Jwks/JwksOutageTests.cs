using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>
/// While the Backend API is down, keys from the last good fetch keep serving, but only until they are
/// MaxStaleAge (one hour) old: an outage must not sign everyone out, nor keep a rotated-out key alive forever.
/// </summary>
public sealed class JwksOutageTests
{
    private static Task<JwksTestBed> StartAsync() =>
        // One attempt per fetch keeps the clock arithmetic to the outage itself; retries have their own tests.
        JwksTestBed.StartAsync(options => options.BackendApiMaxRetries = 0);

    [Fact]
    public async Task Known_keys_keep_serving_until_they_are_an_hour_old_then_fail_to_resolve()
    {
        await using var bed = await StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Api.Answer(Answers.Status(503));

        bed.Time.Advance(TimeSpan.FromMinutes(6));
        var afterSixMinutes = await bed.FindAsync(TestKeys.A.Kid);
        await bed.Keys.FetchInFlight;
        bed.Time.Advance(TimeSpan.FromMinutes(54) - TimeSpan.FromMilliseconds(1));
        var justUnderAnHour = await bed.FindAsync(TestKeys.A.Kid);
        await bed.Keys.FetchInFlight;
        bed.Time.Advance(TimeSpan.FromMilliseconds(1));
        var atAnHour = await bed.FindAsync(TestKeys.A.Kid);

        Assert.True(TestKeys.A.Matches(afterSixMinutes.Key));
        Assert.True(TestKeys.A.Matches(justUnderAnHour.Key));
        Assert.Null(atAnHour.Key);
        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, atAnHour.FailureReason);
        Assert.Equal(3, bed.Api.RequestCount);
        Assert.Contains(bed.Logger.Entries, entry => entry.Message.Contains("while the Backend API cannot be reached"));
    }

    [Fact]
    public async Task Past_the_stale_limit_a_recovered_backend_api_serves_again()
    {
        await using var bed = await StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Api.Answer(Answers.Status(503));
        bed.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, (await bed.FindAsync(TestKeys.A.Kid)).FailureReason);

        bed.Api.Answer(Answers.Keys(TestKeys.A));
        bed.Time.Advance(bed.Settings.MinRefetchInterval);
        var lookup = await bed.FindAsync(TestKeys.A.Kid);

        Assert.True(TestKeys.A.Matches(lookup.Key), lookup.FailureMessage);
    }

    [Fact]
    public async Task During_an_outage_fetches_are_spaced_by_the_minimum_interval()
    {
        await using var bed = await StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Api.Answer(Answers.Status(503));
        bed.Time.Advance(TimeSpan.FromMinutes(6));

        for (var second = 0; second < 30; second++)
        {
            await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => bed.FindAsync(TestKeys.A.Kid)));
            await bed.Keys.FetchInFlight;
            bed.Time.Advance(TimeSpan.FromSeconds(1));
        }

        // One good fetch, then one failed fetch per 10 s over 30 s.
        Assert.Equal(1 + 3, bed.Api.RequestCount);
    }

    [Fact]
    public async Task An_unknown_kid_during_an_outage_fails_to_resolve_rather_than_mismatching()
    {
        await using var bed = await StartAsync();
        await bed.FindAsync(TestKeys.A.Kid);
        bed.Api.Answer(Answers.Status(503));
        bed.Time.Advance(bed.Settings.MinRefetchInterval);

        var lookup = await bed.FindAsync(TestKeys.B.Kid);

        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, lookup.FailureReason);
        Assert.Equal(2, bed.Api.RequestCount);
    }

    [Fact]
    public async Task With_no_keys_ever_fetched_an_outage_fails_to_resolve()
    {
        await using var bed = await StartAsync();
        bed.Api.Answer(Answers.Status(502));

        var lookup = await bed.FindAsync(TestKeys.A.Kid);

        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, lookup.FailureReason);
        Assert.Contains("HTTP 502", lookup.FailureMessage);
        Assert.Contains(bed.Logger.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("No JWKS keys can serve"));
    }
}
