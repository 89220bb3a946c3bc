using System.ComponentModel;
using Microsoft.AspNetCore.Http;

namespace Clerk.Endpoints;

/// <summary>Verifies a handler's <see cref="ClerkWebhookEvent"/> parameter before the handler runs.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestWebhook
{
    /// <summary>The request verified as a Clerk webhook: its event, or why it was refused.</summary>
    public static Task<ClerkWebhookVerification> ReadAsync(HttpContext context) =>
        ClerkWebhooks.VerifyAsync(context.Request, context.RequestAborted);
}
