using Clerk.Verification;
using Clerk.Verification.Keys;
using Microsoft.Extensions.Logging.Abstractions;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>Failures outside the HTTP exchange still end the fetch: no lookup may wait forever, none may throw.</summary>
public sealed class JwksUnexpectedFailureTests
{
    [Fact]
    public async Task A_source_that_throws_fails_to_resolve_and_later_lookups_do_not_hang()
    {
        var keys = new JwksSigningKeys(new ThrowingSource(), new JwksSettings(), TimeProvider.System, NullLogger<JwksSigningKeys>.Instance);

        var first = await keys.FindAsync(TestKeys.A.Kid, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        var second = await keys.FindAsync(TestKeys.A.Kid, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, first.FailureReason);
        Assert.Equal(TokenVerificationReasons.JwkFailedToResolve, second.FailureReason);
    }

    [Theory]
    [InlineData("sk_test_secret\r\nX-Injected: 1")]
    [InlineData("sk_test_secret\u00e9")]
    [InlineData("sk_test_secret with_space")]
    [InlineData("")]
    public async Task A_secret_key_that_is_not_a_valid_header_value_is_never_sent_nor_quoted(string secretKey)
    {
        await using var bed = await JwksTestBed.StartAsync(options => options.SecretKey = secretKey);

        var lookup = await bed.DriveClockUntil(bed.FindAsync(TestKeys.A.Kid), TimeSpan.FromMilliseconds(500));

        Assert.Null(lookup.Key);
        Assert.DoesNotContain("sk_test_secret", lookup.FailureMessage);
        Assert.DoesNotContain(bed.Logger.Entries, entry => entry.Message.Contains("sk_test_secret"));
        Assert.Equal(0, bed.Api.RequestCount);
        Assert.Contains(bed.Logger.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("cannot be sent"));
    }

    /// <summary>A source failing in a way no fetch expects (a disposed client, say).</summary>
    private sealed class ThrowingSource : IJwksSource
    {
        public Uri Endpoint { get; } = new("http://127.0.0.1:9/v1/jwks");

        public Task<JwksFetchResult> FetchAsync() => throw new ObjectDisposedException(nameof(HttpClient));
    }
}
