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

    public async Task InitializeAsync()
    {
        Emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        Api = new EmulatorApi(Emulator);
    }

    public async Task DisposeAsync()
    {
        Api.Dispose();
        await Emulator.DisposeAsync();
    }
}
