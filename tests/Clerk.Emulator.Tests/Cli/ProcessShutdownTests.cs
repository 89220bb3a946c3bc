using Clerk.Emulator.Tests.JsClient;

namespace Clerk.Emulator.Tests.Cli;

/// <summary>The emulator run as its own process stops the way services are stopped.</summary>
public sealed class ProcessShutdownTests
{
    [Fact]
    public async Task SIGTERM_stops_the_emulator_cleanly()
    {
        await using var emulator = await StandaloneEmulator.StartAsync("sk_test_sigterm");

        // A container runtime or service manager sends SIGTERM and waits; the emulator once ignored it until killed.
        var exitCode = await emulator.TerminateAsync(TimeSpan.FromSeconds(20));

        Assert.True(exitCode == 0, $"exit code {exitCode}\n{emulator.Output}");
    }
}
