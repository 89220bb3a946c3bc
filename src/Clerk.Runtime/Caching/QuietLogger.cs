using Microsoft.Extensions.Logging;

namespace Clerk.Caching;

/// <summary>
/// FusionCache's logger, turned down: it logs each operation at Information, each shared-cache failure as a Warning
/// and each failed backplane subscription as an Error, so an app at the usual Information level would log every
/// request, and a Redis outage several times a second. Here everything below Critical is Debug:
/// <see cref="ObservedDistributedCache"/> says what an operator needs (one warning per outage), and what Clerk writes
/// to the cache is typed by <see cref="ClerkCacheJsonContext"/>, so a value that cannot be read back is a bug the
/// tests catch rather than something to watch for in production.
/// </summary>
internal sealed class QuietLogger<T>(ILogger<T> inner) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(Quiet(logLevel));

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        inner.Log(Quiet(logLevel), eventId, state, exception, formatter);

    private static LogLevel Quiet(LogLevel level) => level is > LogLevel.Debug and < LogLevel.Critical ? LogLevel.Debug : level;
}
