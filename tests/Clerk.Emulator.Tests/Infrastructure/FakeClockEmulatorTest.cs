using Clerk.Emulator.Faults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Clerk.Emulator.Tests.Infrastructure;

/// <summary>A <see cref="FreshEmulatorTest"/> whose emulator's clock stands at <see cref="Start"/> until the test moves it.</summary>
public abstract class FakeClockEmulatorTest : FreshEmulatorTest
{
    protected static readonly DateTimeOffset Start = new(2026, 5, 12, 9, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Start);

    protected override ClerkEmulatorOptions Options => new() { TimeProvider = Time, RateLimiting = false };

    /// <summary>
    /// Waits until a request is waiting out an injected latency on the fake clock: advancing before it has started
    /// waiting would advance nothing.
    /// </summary>
    protected Task<bool> FaultDelayStartedAsync() =>
        Emulator.Services.GetRequiredService<FaultInjector>().DelaysStarted.WaitAsync(TimeSpan.FromSeconds(30));
}
