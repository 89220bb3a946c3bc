using Clerk.Verification.Webhooks;

namespace Clerk;

/// <summary>The webhook signing secret AddClerk() read, decoded (null when it is not set).</summary>
internal sealed class ClerkWebhookSettings(WebhookSigningSecret? secret)
{
    public WebhookSigningSecret? Secret { get; } = secret;
}
