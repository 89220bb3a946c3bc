using Microsoft.Extensions.Logging;

namespace Clerk.Hosting;

/// <summary>What Clerk's wiring logs at startup, source-generated.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "Clerk has no CLERK_SECRET_KEY or CLERK_JWT_KEY: every request is signed out until one is set.")]
    public static partial void NoSigningKey(ILogger logger);
}
