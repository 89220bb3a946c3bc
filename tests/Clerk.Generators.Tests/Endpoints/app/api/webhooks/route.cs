namespace Clerk.Generators.Tests.Endpoints.App.Api.Webhooks;

// /api/webhooks: a Clerk webhook receiver; the event's signature is verified before the handler runs.
public static class Route
{
    public static string POST(ClerkWebhookEvent webhook) =>
        $"{webhook.Type} {webhook.Id} {webhook.User?.Id ?? webhook.Deleted?.Id ?? "-"} {webhook.Timestamp.ToUnixTimeSeconds()}";
}
