using System.Diagnostics;
using Clerk.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace Clerk.Caching;

/// <summary>
/// The app's distributed cache as Clerk's shared level sees it: every operation counted (hit, miss, ok, error,
/// skipped), each bounded by a timeout, and an outage logged once: one warning when an operation first fails, one
/// line when one that started after that works again.
/// </summary>
/// <remarks>
/// Our own breaker rather than FusionCache's alone: with Redis gone, StackExchange.Redis holds commands in its backlog
/// until its timeout and FusionCache's breaker does not open on its own timeouts, so every request would wait out
/// several of them. Here, after a failure or a timeout, operations fail at once for <see cref="RetryAfterFailure"/>,
/// and one is let through again after it: an outage costs a request at most one <see cref="Timeout"/> a second.
/// </remarks>
internal sealed partial class ObservedDistributedCache(IDistributedCache inner, ILogger logger) : IDistributedCache
{
    /// <summary>The longest one operation may take; a healthy Redis answers in milliseconds.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

    /// <summary>How long after a failure operations are refused without trying.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(1);

    private readonly Lock state = new();
    private long refuseUntil;
    private long outageStarted = -1;

    public byte[]? Get(string key) => Run("get", () => inner.Get(key));

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => RunAsync("get", ct => inner.GetAsync(key, ct), token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Run("set", () =>
    {
        inner.Set(key, value, options);
        return Done;
    });

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        RunAsync("set", async ct =>
        {
            await inner.SetAsync(key, value, options, ct).ConfigureAwait(false);
            return Done;
        }, token);

    public void Refresh(string key) => Run("refresh", () =>
    {
        inner.Refresh(key);
        return Done;
    });

    public Task RefreshAsync(string key, CancellationToken token = default) =>
        RunAsync("refresh", async ct =>
        {
            await inner.RefreshAsync(key, ct).ConfigureAwait(false);
            return Done;
        }, token);

    public void Remove(string key) => Run("remove", () =>
    {
        inner.Remove(key);
        return Done;
    });

    public Task RemoveAsync(string key, CancellationToken token = default) =>
        RunAsync("remove", async ct =>
        {
            await inner.RemoveAsync(key, ct).ConfigureAwait(false);
            return Done;
        }, token);

    /// <summary>What a write answers: not null, so it counts as "ok" rather than a miss.</summary>
    private static readonly byte[] Done = [];

    private byte[]? Run(string operation, Func<byte[]?> run)
    {
        var started = Refuse(operation);
        try
        {
            var value = run();
            Worked(operation, value, started);
            return value;
        }
        catch (Exception exception) when (Failed(operation, exception))
        {
            throw;
        }
    }

    private async Task<byte[]?> RunAsync(string operation, Func<CancellationToken, Task<byte[]?>> run, CancellationToken token)
    {
        var started = Refuse(operation);
        try
        {
            var value = await run(token).WaitAsync(Timeout, token).ConfigureAwait(false);
            Worked(operation, value, started);
            return value;
        }
        catch (Exception exception) when (Failed(operation, exception))
        {
            throw;
        }
    }

    /// <summary>Throws at once while the breaker is open; otherwise the operation's start time.</summary>
    private long Refuse(string operation)
    {
        var now = Stopwatch.GetTimestamp();
        if (now < Volatile.Read(ref refuseUntil))
        {
            Count(operation, "skipped");
            throw new SharedCacheUnavailableException();
        }
        return now;
    }

    private void Worked(string operation, byte[]? value, long started)
    {
        Count(operation, value is null ? "miss" : operation == "get" ? "hit" : "ok");
        if (Volatile.Read(ref outageStarted) < 0)
        {
            return;
        }
        lock (state)
        {
            // Only an operation sent after the outage began proves it is over (one in flight when Redis went away
            // may still have been answered).
            if (outageStarted >= 0 && started > outageStarted)
            {
                outageStarted = -1;
                Recovered(logger);
            }
        }
    }

    /// <summary>Counts the failure and opens the breaker; always false, so the exception goes on to FusionCache, which falls back to memory and the Backend API.</summary>
    private bool Failed(string operation, Exception exception)
    {
        if (exception is SharedCacheUnavailableException or OperationCanceledException)
        {
            return false;
        }
        Count(operation, "error");
        var now = Stopwatch.GetTimestamp();
        lock (state)
        {
            refuseUntil = now + (long)(RetryAfterFailure.TotalSeconds * Stopwatch.Frequency);
            if (outageStarted < 0)
            {
                outageStarted = now;
                Unavailable(logger, exception);
            }
        }
        return false;
    }

    private static void Count(string operation, string result) => ClerkTelemetry.SharedCacheOperations.Add(1,
        new KeyValuePair<string, object?>("clerk.operation", operation), new KeyValuePair<string, object?>("clerk.cache.result", result));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Clerk's shared cache is unavailable: serving from memory and the Backend API until it is back (one warning per outage)")]
    private static partial void Unavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Clerk's shared cache is back")]
    private static partial void Recovered(ILogger logger);

    /// <summary>Refused without trying: the shared cache failed less than <see cref="RetryAfterFailure"/> ago.</summary>
    private sealed class SharedCacheUnavailableException() : Exception("Clerk's shared cache failed a moment ago; not tried again yet.");
}
