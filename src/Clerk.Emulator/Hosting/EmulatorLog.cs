namespace Clerk.Emulator.Hosting;

/// <summary>
/// The emulator's log messages. Their event ids start at 2000, above Clerk.Runtime's, so an app that hosts the
/// emulator in development (one log, both libraries) can still tell the two apart by id.
/// </summary>
internal static partial class EmulatorLog
{
    [LoggerMessage(2000, LogLevel.Information, "Clerk emulator listening at {ApiUrl}")]
    public static partial void Listening(ILogger logger, Uri apiUrl);

    [LoggerMessage(2001, LogLevel.Information, "Injecting fault on {Path}: {Fault}")]
    public static partial void FaultInjected(ILogger logger, string path, string fault);

    [LoggerMessage(2002, LogLevel.Information, "Seeded {Users} users, {Organizations} organizations and {Templates} JWT templates from {Path}")]
    public static partial void Seeded(ILogger logger, int users, int organizations, int templates, string path);

    [LoggerMessage(2003, LogLevel.Information, "Running against the Clerk emulator at {ApiUrl}; sign in at {SignInUrl}")]
    public static partial void DevelopmentEmulator(ILogger logger, Uri apiUrl, string signInUrl);

    [LoggerMessage(2004, LogLevel.Information, "Delivering Clerk's webhook events to {Url}")]
    public static partial void DeliveringWebhooks(ILogger logger, string url);
}
