namespace Clerk.Emulator.Tests.Infrastructure;

/// <summary>
/// A test class whose every test gets an emulator of its own (rate limits off), for tests that list, count or change
/// what the whole instance holds and so cannot share one (<see cref="SharedEmulator"/> is for those that can).
/// </summary>
public abstract class FreshEmulatorTest : IAsyncLifetime
{
    protected ClerkEmulator Emulator { get; private set; } = null!;

    /// <summary>The Backend API of <see cref="Emulator"/>, with its secret key.</summary>
    protected EmulatorApi Api { get; private set; } = null!;

    /// <summary>What each test's emulator starts with: rate limits off; a class on a fake clock adds its own.</summary>
    protected virtual ClerkEmulatorOptions Options => new() { RateLimiting = false };

    public async Task InitializeAsync()
    {
        Emulator = await ClerkEmulator.StartAsync(Options);
        Api = new EmulatorApi(Emulator);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Emulator.DisposeAsync();
    }
}
