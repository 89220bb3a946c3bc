using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Clerk.Endpoints;

/// <summary>Verifies a handler's <see cref="ClerkWebhookEvent"/> parameter before the handler runs.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestWebhook
{
    /// <summary>
    /// Refuses to map <paramref name="handler"/> (<c>POST /api/webhooks</c>) in an app whose <c>AddClerk()</c> has no
    /// webhook signing secret, outside Development: every event would be refused, and the app would not say why
    /// until Clerk's retries ran out.
    /// </summary>
    public static void RequireSecret(IEndpointRouteBuilder endpoints, string handler)
    {
        var services = endpoints.ServiceProvider;
        if (services.GetService<ClerkWebhookSettings>() is { Secret: null }
            && services.GetService<IHostEnvironment>()?.IsDevelopment() != true)
        {
            throw new InvalidOperationException(
                $"{handler} takes a ClerkWebhookEvent, and no webhook signing secret is set: set Clerk:WebhookSigningSecret " +
                "(CLERK_WEBHOOK_SIGNING_SECRET) to the endpoint's whsec_... signing secret from the Clerk Dashboard.");
        }
    }

    /// <summary>The request verified as a Clerk webhook: its event, or why it was refused.</summary>
    public static Task<ClerkWebhookVerification> ReadAsync(HttpContext context) =>
        ClerkWebhooks.VerifyAsync(context.Request, context.RequestAborted);
}
