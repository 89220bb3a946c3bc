using System.Text.Json;
using Clerk.Verification.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Clerk;

/// <summary>
/// Verifies Clerk's webhook requests (signed by Svix, as Standard Webhooks define it), as <c>verifyWebhook</c> does in
/// Clerk's JavaScript SDKs: a route-file handler takes a <see cref="ClerkWebhookEvent"/> parameter instead; a minimal
/// API calls <see cref="VerifyAsync"/>.
/// </summary>
public static class ClerkWebhooks
{
    /// <summary>The largest body read (1 MiB); Clerk's events are a few kilobytes.</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>
    /// Reads and verifies the request: its <c>svix-id</c>, <c>svix-timestamp</c> and <c>svix-signature</c> headers (or
    /// the <c>webhook-*</c> ones), signed with <c>Clerk:WebhookSigningSecret</c> (<c>CLERK_WEBHOOK_SIGNING_SECRET</c>)
    /// over the raw body, sent within five minutes. Never throws for a bad request: the result says what is wrong.
    /// </summary>
    public static async Task<ClerkWebhookVerification> VerifyAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        var services = request.HttpContext.RequestServices;
        var settings = services.GetService<ClerkWebhookSettings>() ?? throw new InvalidOperationException(
            "Clerk webhooks need AddClerk() and a signing secret: set Clerk:WebhookSigningSecret (CLERK_WEBHOOK_SIGNING_SECRET).");
        var secret = settings.Secret ?? throw new InvalidOperationException(
            "Clerk webhooks need a signing secret: set Clerk:WebhookSigningSecret (CLERK_WEBHOOK_SIGNING_SECRET) to the endpoint's whsec_... secret.");

        var (id, timestamp, signatures) = (Header(request, "id"), Header(request, "timestamp"), Header(request, "signature"));
        if (id is null || timestamp is null || signatures is null)
        {
            return ClerkWebhookVerification.Refused(StatusCodes.Status400BadRequest, "webhook_headers_missing",
                "Missing or repeated webhook headers",
                "A Clerk webhook carries svix-id, svix-timestamp and svix-signature (or webhook-*), each once.");
        }
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return ClerkWebhookVerification.Refused(StatusCodes.Status413PayloadTooLarge, "webhook_body_too_large",
                "Webhook body too large", $"A Clerk webhook's body is at most {MaxBodyBytes} bytes.");
        }
        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var verdict = WebhookSignature.Verify(secret, id, timestamp, signatures, body, now);
        if (verdict != WebhookVerdict.Valid)
        {
            return ClerkWebhookVerification.Refused(StatusCodes.Status400BadRequest, "webhook_signature_invalid",
                "Invalid webhook signature", Explain(verdict));
        }
        var verification = Parse(id, timestamp, body);
        if (verification.Event is { } webhook && ChangedUser(webhook) is { } userId && services.GetService<IUserChanges>() is { } changes)
        {
            // Whatever the handler does with it, a cached copy of this user is now stale on every instance.
            await changes.UserChangedAsync(userId).ConfigureAwait(false);
        }
        return verification;
    }

    /// <summary>The user a <c>user.updated</c> or <c>user.deleted</c> event is about.</summary>
    private static string? ChangedUser(ClerkWebhookEvent webhook) => webhook.Type is "user.updated" or "user.deleted"
        && webhook.Data.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static ClerkWebhookVerification Parse(string id, string timestamp, byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
            {
                var sent = DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture));
                return ClerkWebhookVerification.Accepted(new ClerkWebhookEvent(
                    id, sent, type.GetString()!, data.Clone(), System.Text.Encoding.UTF8.GetString(body)));
            }
        }
        catch (JsonException)
        {
        }
        return ClerkWebhookVerification.Refused(StatusCodes.Status400BadRequest, "webhook_body_invalid",
            "Invalid webhook body", "A signed Clerk webhook's body is a JSON object with a type and a data object.");
    }

    // One value of svix-<name>, else of webhook-<name>; absent or given more than once is null. An id or timestamp
    // with a comma was repeated too, and folded into one line on the way (as HTTP allows); a signature list has
    // commas of its own.
    private static string? Header(HttpRequest request, string name)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["svix-", "webhook-"])
        {
            var values = request.Headers[prefix + name];
            if (values.Count > 0)
            {
                return values.Count == 1 && (name == "signature" || !values[0]!.Contains(',')) ? values[0] : null;
            }
        }
        return null;
    }

    // The raw bytes, at most MaxBodyBytes (null when there are more).
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static string Explain(WebhookVerdict verdict) => verdict switch
    {
        WebhookVerdict.MissingHeaders => "The webhook headers are missing or empty.",
        WebhookVerdict.BadTimestamp => "The webhook timestamp is not a number of seconds.",
        WebhookVerdict.StaleTimestamp => "The webhook timestamp is more than five minutes from now.",
        WebhookVerdict.NoSignature => "The webhook signature header holds no v1 signature.",
        _ => "No v1 signature matches the body with this endpoint's signing secret.",
    };
}
