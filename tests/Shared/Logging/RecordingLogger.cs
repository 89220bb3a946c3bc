using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Clerk.Tests.Logging;

/// <summary>
/// Keeps every log entry, so tests can prove what is (and is not) logged. As a provider it records every category
/// of a service provider's loggers into the one list.
/// </summary>
public sealed class RecordingLogger : ILogger, ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Message)> entries = new();

    /// <summary>Every entry so far, in order.</summary>
    public IReadOnlyList<(LogLevel Level, string Message)> Entries => [.. entries];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        entries.Enqueue((logLevel, formatter(state, exception)));

    ILogger ILoggerProvider.CreateLogger(string categoryName) => this;

    void IDisposable.Dispose()
    {
    }
}

/// <summary>A <see cref="RecordingLogger"/> for code that asks for a typed logger.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly RecordingLogger inner = new();

    /// <inheritdoc cref="RecordingLogger.Entries" />
    public IReadOnlyList<(LogLevel Level, string Message)> Entries => inner.Entries;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        inner.Log(logLevel, eventId, state, exception, formatter);
}
