using System.Diagnostics;
using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>
/// The JWKS is fetched by the Backend API client, so its retry rules apply: transient failures (5xx, dropped
/// connections, cut-off bodies, timeouts) are retried with backoff on the fake clock, a 429 waits out its
/// Retry-After within the client's bound, and failures that will not go away by retrying (401, 403, a malformed
/// body) are not retried.
/// </summary>
public sealed class JwksRetryTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Server_errors_are_retried_on_the_clients_backoff_until_the_keys_come()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Status(503), Answers.Status(500), Answers.Keys(TestKeys.A));

        var lookup = bed.FindAsync(TestKeys.A.Kid);
        await bed.Api.WaitForRequestsAsync(1);
        // The backoff waits on the fake clock: in real time, nothing more is sent while it stands still.
        await Task.Delay(300);
        Assert.Equal(1, bed.Api.RequestCount);
        var found = await bed.DriveClockUntil(lookup, Step);

        Assert.True(TestKeys.A.Matches(found.Key), found.FailureMessage);
        Assert.Equal(3, bed.Api.RequestCount);
        Assert.Equal(2, bed.RetriesLogged);
    }

    [Fact]
    public async Task A_fetch_gives_up_after_the_attempt_limit_and_the_next_waits_for_the_interval()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Status(503));

        var lookup = await bed.DriveClockUntil(bed.FindAsync(TestKeys.A.Kid), Step);
        var again = await bed.FindAsync(TestKeys.A.Kid);

        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, lookup.FailureReason);
        Assert.Contains("HTTP 503", lookup.FailureMessage);
        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, again.FailureReason);
        Assert.Equal(bed.MaxAttempts, bed.Api.RequestCount);
    }

    [Fact]
    public async Task A_dropped_connection_is_retried()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Drop(), Answers.Keys(TestKeys.A));

        var lookup = await bed.DriveClockUntil(bed.FindAsync(TestKeys.A.Kid), Step);

        Assert.True(TestKeys.A.Matches(lookup.Key), lookup.FailureMessage);
        Assert.Equal(2, bed.Api.RequestCount);
    }

    [Fact]
    public async Task A_body_cut_off_mid_way_is_retried()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.TruncatedBody(), Answers.Keys(TestKeys.A));

        var lookup = await bed.DriveClockUntil(bed.FindAsync(TestKeys.A.Kid), Step);

        Assert.True(TestKeys.A.Matches(lookup.Key), lookup.FailureMessage);
        Assert.Equal(2, bed.Api.RequestCount);
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out_on_every_attempt_and_nothing_hangs()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Hang());
        var clock = Stopwatch.StartNew();

        var lookup = await bed.DriveClockUntil(bed.FindAsync(TestKeys.A.Kid), Step);

        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, lookup.FailureReason);
        Assert.Contains("no complete answer in time", lookup.FailureMessage);
        // Every attempt was made (counted by the retries logged between them); how many reached the server is a race
        // between the fake clock and a loaded machine's network stack, since an attempt can time out before it lands.
        Assert.Equal(bed.MaxAttempts - 1, bed.RetriesLogged);
        Assert.InRange(bed.Api.RequestCount, 1, bed.MaxAttempts);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_timed_out_attempt_is_followed_by_one_that_succeeds()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Hang(), Answers.Keys(TestKeys.A));

        var lookup = await bed.DriveClockUntil(bed.FindAsync(TestKeys.A.Kid), Step);

        Assert.True(TestKeys.A.Matches(lookup.Key), lookup.FailureMessage);
        Assert.Equal(2, bed.Api.RequestCount);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task A_refused_secret_key_is_not_retried_and_says_so_without_the_key(int status)
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Status(status));

        var lookup = await bed.DriveClockUntil(bed.FindAsync(TestKeys.A.Kid), Step);
        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => bed.FindAsync(TestKeys.A.Kid)));

        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, lookup.FailureReason);
        Assert.Contains("secret key", lookup.FailureMessage);
        Assert.Equal(1, bed.Api.RequestCount);
        Assert.Contains(bed.Logger.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("CLERK_SECRET_KEY"));
        Assert.DoesNotContain(bed.Logger.Entries, entry => entry.Message.Contains(JwksTestBed.SecretKey));
        Assert.DoesNotContain(JwksTestBed.SecretKey, lookup.FailureMessage);
    }

    [Fact]
    public async Task A_rate_limited_fetch_waits_out_Retry_After_as_every_Backend_API_call_does()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.RateLimited(retryAfterSeconds: 2), Answers.Keys(TestKeys.A));

        var lookup = await bed.DriveClockUntil(bed.FindAsync(TestKeys.A.Kid), Step);

        Assert.True(TestKeys.A.Matches(lookup.Key), lookup.FailureMessage);
        Assert.Equal(2, bed.Api.RequestCount);
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_clients_bound_fails_the_fetch_at_once()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.RateLimited(retryAfterSeconds: 3_600));

        var lookup = await bed.FindAsync(TestKeys.A.Kid);

        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, lookup.FailureReason);
        Assert.Contains("HTTP 429", lookup.FailureMessage);
        Assert.Equal(1, bed.Api.RequestCount);
    }
}
