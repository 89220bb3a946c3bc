using Clerk.Emulator.Hosting;

namespace Clerk.Emulator.Development;

/// <summary>Says where the app's Clerk lives when it starts, and stops the emulator with the app.</summary>
internal sealed class DevelopmentEmulatorLifetime(
    ClerkEmulator emulator, ClerkEmulatorDevelopmentOptions options, ILogger<DevelopmentEmulatorLifetime> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        EmulatorLog.DevelopmentEmulator(logger, emulator.ApiUrl, options.SignInPath);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await emulator.DisposeAsync();
}
