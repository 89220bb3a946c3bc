namespace Clerk.Emulator.Tests.Infrastructure;

/// <summary>One emulator for a whole test class whose tests each use their own identifiers, so they never meet.</summary>
public sealed class SharedEmulator : IAsyncLifetime
{
    public ClerkEmulator Emulator { get; private set; } = null!;

    public async Task InitializeAsync() => Emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });

    public async Task DisposeAsync() => await Emulator.DisposeAsync();
}
