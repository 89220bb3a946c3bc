using Clerk.Tests.Logging;
using Clerk.Hosting;
using Clerk.Verification;
using Clerk.Verification.Keys;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>
/// The signing keys <c>AddClerk()</c> registers for a secret key, pointed at their own <see cref="FakeBackendApi"/>,
/// with a fake clock that only moves when the test says so: cache ages, the Backend API client's retry backoff and
/// its timeouts all follow it.
/// </summary>
internal sealed class JwksTestBed : IAsyncDisposable
{
    public const string SecretKey = "sk_test_jwks_secret_do_not_log";

    private readonly ServiceProvider services;

    private JwksTestBed(FakeBackendApi api, Action<ClerkOptions>? configure)
    {
        Api = api;
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Time);
        collection.AddLogging(logging => logging.AddProvider(Logger).SetMinimumLevel(LogLevel.Trace));
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        collection.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Production });
        collection.AddClerk(options =>
        {
            options.ApiUrl = api.Url.ToString();
            options.SecretKey = SecretKey;
            // Small numbers keep the arithmetic in tests readable; defaults are tested on their own.
            options.BackendApiMaxRetries = 2;
            options.BackendApiRetryDelay = TimeSpan.FromSeconds(1);
            options.BackendApiAttemptTimeout = TimeSpan.FromSeconds(5);
            options.BackendApiTimeout = TimeSpan.FromMinutes(1);
            configure?.Invoke(options);
            MaxAttempts = options.BackendApiMaxRetries + 1;
        });
        services = collection.BuildServiceProvider();
        Keys = (JwksSigningKeys)services.GetRequiredService<ISigningKeys>();
    }

    public FakeBackendApi Api { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 12, 12, 0, 0, TimeSpan.Zero));

    /// <summary>Every category's log entries: the key source's and the Backend API client's (Polly's retries too).</summary>
    public RecordingLogger Logger { get; } = new();

    /// <summary>The cache settings the keys run with (AddClerk's, which are the defaults).</summary>
    public JwksSettings Settings { get; } = new();

    /// <summary>Attempts per fetch: the first and the client's retries.</summary>
    public int MaxAttempts { get; private set; }

    public JwksSigningKeys Keys { get; }

    /// <summary>How many retries the Backend API client's resilience pipeline has logged.</summary>
    public int RetriesLogged => Logger.Entries.Count(entry => entry.Message.Contains("'OnRetry'", StringComparison.Ordinal));

    public static async Task<JwksTestBed> StartAsync(Action<ClerkOptions>? configure = null) =>
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

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        await Api.DisposeAsync();
    }
}
