using Clerk.BackendApi;
using Clerk.Verification.Keys;
using Microsoft.Extensions.Time.Testing;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>
/// One <see cref="JwksSigningKeys"/> wired to its own <see cref="FakeBackendApi"/>, with a fake clock that only
/// moves when the test says so (cache ages, backoff delays and attempt timeouts all follow it).
/// </summary>
internal sealed class JwksTestBed : IAsyncDisposable
{
    public const string SecretKey = "sk_test_jwks_secret_do_not_log";

    private readonly HttpClient http = new();

    private JwksTestBed(FakeBackendApi api, Func<JwksSettings, JwksSettings>? configure)
    {
        Api = api;
        var settings = new JwksSettings(api.Url, SecretKey, BackendApiSettings.ApiVersion)
        {
            // Small numbers keep the arithmetic in tests readable; defaults are tested on their own.
            MaxAttempts = 3,
            RetryBaseDelay = TimeSpan.FromSeconds(1),
            AttemptTimeout = TimeSpan.FromSeconds(5),
        };
        Settings = configure?.Invoke(settings) ?? settings;
        Keys = new JwksSigningKeys(http, Settings, Time, Logger);
    }

    public FakeBackendApi Api { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 12, 12, 0, 0, TimeSpan.Zero));

    public RecordingLogger<JwksSigningKeys> Logger { get; } = new();

    public JwksSettings Settings { get; }

    public JwksSigningKeys Keys { get; }

    public static async Task<JwksTestBed> StartAsync(Func<JwksSettings, JwksSettings>? configure = null) =>
        new(await FakeBackendApi.StartAsync(), configure);

    /// <summary>Looks a kid up, with a generous real-time bound so a hang fails the test instead of the run.</summary>
    public Task<SigningKeyLookup> FindAsync(string? kid) =>
        Keys.FindAsync(kid, CancellationToken.None).AsTask().WaitAsync(TimeSpan.FromSeconds(15));

    /// <summary>
    /// Moves the fake clock forward in small steps until <paramref name="task"/> completes, giving the real
    /// network a moment between steps: for lookups that wait on backoff delays or attempt timeouts.
    /// </summary>
    public async Task<T> DriveClockUntil<T>(Task<T> task, TimeSpan step)
    {
        for (var i = 0; i < 2_000 && !task.IsCompleted; i++)
        {
            await Task.WhenAny(task, Task.Delay(5));
            if (!task.IsCompleted)
            {
                Time.Advance(step);
            }
        }

        return await task;
    }

    /// <summary>Waits (in real time, bounded) until <paramref name="count"/> retries have started their backoff.</summary>
    public async Task WaitForBackoffsAsync(int count)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Logger.Entries.Count(entry => entry.Message.Contains("Retrying in", StringComparison.Ordinal)) < count)
        {
            await Task.Delay(5, deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Api.DisposeAsync();
    }
}
