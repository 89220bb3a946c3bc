using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Clerk;

/// <summary>
/// What <see cref="ClerkWebhooks.VerifyAsync"/> found: the verified <see cref="Event"/>, or why the request was
/// refused, answered in Clerk's error shape by <see cref="WriteErrorAsync"/>.
/// </summary>
public sealed class ClerkWebhookVerification
{
    private ClerkWebhookVerification(ClerkWebhookEvent? webhookEvent, int statusCode, string? code, string? message, string? longMessage)
    {
        Event = webhookEvent;
        StatusCode = statusCode;
        Code = code;
        Message = message;
        LongMessage = longMessage;
    }

    /// <summary>The verified event; null when the request was refused.</summary>
    public ClerkWebhookEvent? Event { get; }

    /// <summary>200 for a verified event, else 400 (or 413 for a body over the limit).</summary>
    public int StatusCode { get; }

    /// <summary>Why it was refused, as a Clerk error code (<c>webhook_signature_invalid</c>, ...).</summary>
    public string? Code { get; }

    /// <summary>A short message.</summary>
    public string? Message { get; }

    /// <summary>What is wrong, in a sentence.</summary>
    public string? LongMessage { get; }

    internal static ClerkWebhookVerification Accepted(ClerkWebhookEvent webhookEvent) =>
        new(webhookEvent, StatusCodes.Status200OK, null, null, null);

    internal static ClerkWebhookVerification Refused(int statusCode, string code, string message, string longMessage) =>
        new(null, statusCode, code, message, longMessage);

    /// <summary>Answers a refused request: its status and <c>{ "errors": [{ "code", "message", "long_message" }] }</c>.</summary>
    public async Task WriteErrorAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        // Written by hand: three strings, and no JSON metadata the app's resolver chain would need under Native AOT.
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("code", Code);
            writer.WriteString("message", Message);
            writer.WriteString("long_message", LongMessage);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        await context.Response.Body.WriteAsync(buffer.ToArray(), context.RequestAborted);
    }
}
