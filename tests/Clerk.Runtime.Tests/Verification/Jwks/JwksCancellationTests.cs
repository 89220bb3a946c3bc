namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>A caller that gives up stops waiting at once, without cancelling the fetch other callers share.</summary>
public sealed class JwksCancellationTests
{
    [Fact]
    public async Task A_cancelled_lookup_returns_promptly_and_the_shared_fetch_still_completes()
    {
        await using var bed = await JwksTestBed.StartAsync();
        bed.Api.Answer(Answers.Hang(), Answers.Keys(TestKeys.A));
        using var cancel = new CancellationTokenSource();

        var abandoned = bed.Keys.FindAsync(TestKeys.A.Kid, cancel.Token).AsTask();
        var patient = bed.FindAsync(TestKeys.A.Kid);
        await bed.Api.WaitForRequestsAsync(1);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned.WaitAsync(TimeSpan.FromSeconds(5)));
        var lookup = await bed.DriveClockUntil(patient, TimeSpan.FromMilliseconds(500));
        Assert.True(TestKeys.A.Matches(lookup.Key), lookup.FailureMessage);
        Assert.Equal(2, bed.Api.RequestCount);
    }
}
