namespace Clerk.Emulator.Hosting;

/// <summary>The emulator's log messages.</summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(1, LogLevel.Information, "Clerk emulator listening at {ApiUrl}")]
    public static partial void Listening(ILogger logger, Uri apiUrl);

    [LoggerMessage(2, LogLevel.Information, "Injecting fault on {Path}: {Fault}")]
    public static partial void FaultInjected(ILogger logger, string path, string fault);

    [LoggerMessage(3, LogLevel.Information, "Seeded {Users} users, {Organizations} organizations and {Templates} JWT templates from {Path}")]
    public static partial void Seeded(ILogger logger, int users, int organizations, int templates, string path);

    [LoggerMessage(4, LogLevel.Information, "Running against the Clerk emulator at {ApiUrl}; sign in at {SignInUrl}")]
    public static partial void DevelopmentEmulator(ILogger logger, Uri apiUrl, string signInUrl);
}
