using Clerk.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace Clerk.Caching;

/// <summary>
/// The app's distributed cache as Clerk's shared level sees it: every operation counted (hit, miss, ok, error), and an
/// outage logged once, as one warning when the first operation fails and one line when an operation works again.
/// FusionCache's own per-operation error logs are turned down (<see cref="ClerkCacheFactory"/>): a Redis outage
/// would otherwise write a warning per request.
/// </summary>
internal sealed partial class ObservedDistributedCache(IDistributedCache inner, ILogger logger) : IDistributedCache
{
    private int down;

    public byte[]? Get(string key) => Observe("get", () => inner.Get(key));

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default)
    {
        try
        {
            var value = await inner.GetAsync(key, token).ConfigureAwait(false);
            Worked("get", value is null ? "miss" : "hit");
            return value;
        }
        catch (Exception exception) when (Failed("get", exception))
        {
            throw;
        }
    }

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Observe("set", () =>
    {
        inner.Set(key, value, options);
        return Array.Empty<byte>();
    });

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        ObserveAsync("set", () => inner.SetAsync(key, value, options, token));

    public void Refresh(string key) => Observe("refresh", () =>
    {
        inner.Refresh(key);
        return Array.Empty<byte>();
    });

    public Task RefreshAsync(string key, CancellationToken token = default) => ObserveAsync("refresh", () => inner.RefreshAsync(key, token));

    public void Remove(string key) => Observe("remove", () =>
    {
        inner.Remove(key);
        return Array.Empty<byte>();
    });

    public Task RemoveAsync(string key, CancellationToken token = default) => ObserveAsync("remove", () => inner.RemoveAsync(key, token));

    private byte[]? Observe(string operation, Func<byte[]?> run)
    {
        try
        {
            var value = run();
            Worked(operation, operation == "get" ? value is null ? "miss" : "hit" : "ok");
            return value;
        }
        catch (Exception exception) when (Failed(operation, exception))
        {
            throw;
        }
    }

    private async Task ObserveAsync(string operation, Func<Task> run)
    {
        try
        {
            await run().ConfigureAwait(false);
            Worked(operation, "ok");
        }
        catch (Exception exception) when (Failed(operation, exception))
        {
            throw;
        }
    }

    private void Worked(string operation, string result)
    {
        Count(operation, result);
        if (Interlocked.Exchange(ref down, 0) == 1)
        {
            Recovered(logger);
        }
    }

    /// <summary>Counts and logs the failure; always false, so the exception goes on to FusionCache, which falls back to memory and the Backend API.</summary>
    private bool Failed(string operation, Exception exception)
    {
        Count(operation, "error");
        if (exception is not OperationCanceledException && Interlocked.Exchange(ref down, 1) == 0)
        {
            Unavailable(logger, exception);
        }
        return false;
    }

    private static void Count(string operation, string result) => ClerkTelemetry.SharedCacheOperations.Add(1,
        new KeyValuePair<string, object?>("clerk.operation", operation), new KeyValuePair<string, object?>("clerk.cache.result", result));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Clerk's shared cache is unavailable: serving from memory and the Backend API until it is back (one warning per outage)")]
    private static partial void Unavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Clerk's shared cache is back")]
    private static partial void Recovered(ILogger logger);
}
