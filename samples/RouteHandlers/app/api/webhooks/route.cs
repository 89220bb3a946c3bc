using Microsoft.AspNetCore.Mvc;

namespace RouteHandlers.App.Api.Webhooks;

// POST /api/webhooks: Clerk's webhooks, as app/api/webhooks/route.ts with verifyWebhook() in Next.js. The signature
// (Clerk:WebhookSigningSecret, CLERK_WEBHOOK_SIGNING_SECRET) is checked before this runs; a forged or stale event is a
// 400 and changes nothing. Users are copied into the app's own table, each event once by its id.
public static class Route
{
    public static IResult POST(ClerkWebhookEvent webhook, [FromServices] SyncedUserStore users)
    {
        switch (webhook.Type)
        {
            case "user.created" or "user.updated" when webhook.User is { } user:
                users.Upsert(webhook.Id, user);
                break;
            case "user.deleted" when webhook.Deleted?.Id is { } id:
                users.Delete(webhook.Id, id);
                break;
        }
        // Every other event is acknowledged too: a non-2xx answer would only make Clerk send it again.
        return Results.NoContent();
    }
}
