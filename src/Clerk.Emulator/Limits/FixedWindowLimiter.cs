using System.Collections.Concurrent;

namespace Clerk.Emulator.Limits;

/// <summary>
/// A fixed-window counter per key, read from the <see cref="TimeProvider"/>.
/// </summary>
/// <remarks>
/// Not ASP.NET Core's <c>FixedWindowRateLimiter</c>: that one replenishes on its own timer and reads a
/// <c>Stopwatch</c>, so tests could only exercise it by sleeping through real windows. Clerk's limits are plain
/// fixed windows, which take a few lines against the injected clock and stay deterministic under a fake one.
/// </remarks>
internal sealed class FixedWindowLimiter(TimeProvider time, int permits, TimeSpan window)
{
    private readonly ConcurrentDictionary<string, WindowState> windows = new(StringComparer.Ordinal);

    /// <summary>Takes one permit for <paramref name="key"/>, or says how long until the window reopens.</summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        var state = windows.GetOrAdd(key, _ => new WindowState());
        lock (state)
        {
            if (now >= state.Start + window)
            {
                state.Start = now;
                state.Count = 0;
            }

            if (state.Count < permits)
            {
                state.Count++;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = state.Start + window - now;
            return false;
        }
    }

    private sealed class WindowState
    {
        public DateTimeOffset Start { get; set; } = DateTimeOffset.MinValue;
        public int Count { get; set; }
    }
}
