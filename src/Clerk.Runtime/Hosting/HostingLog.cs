using Microsoft.Extensions.Logging;

namespace Clerk.Hosting;

/// <summary>What Clerk's wiring logs at startup, source-generated.</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "Clerk has no CLERK_SECRET_KEY or CLERK_JWT_KEY: every request is signed out until one is set.")]
    public static partial void NoSigningKey(ILogger logger);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "The webhook route {Route} is covered by UseClerk()'s protection pattern {Pattern}: Clerk's webhooks carry no session, so every event would be answered 404. Leave the route out of the pattern; its signature is checked by the handler's ClerkWebhookEvent.")]
    public static partial void WebhookRouteProtected(ILogger logger, string route, string pattern);
}
