using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;

namespace Clerk.Emulator.Api;

/// <summary>Turns an <see cref="ApiError"/> into Clerk's error body, with a fresh <c>clerk_trace_id</c>.</summary>
internal sealed class ApiErrorMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (ApiError error) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            await WriteAsync(context, error);
        }
    }

    /// <summary>Writes <paramref name="error"/> as the response.</summary>
    public static Task WriteAsync(HttpContext context, ApiError error)
    {
        context.Response.StatusCode = error.Status;
        if (error.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        context.Response.ContentType = "application/json";
        var body = new ClerkErrors([new ClerkErrorItem(error.ShortMessage, error.LongMessage, error.Code, error.Meta)], NewTraceId());
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, EmulatorJsonContext.Default.ClerkErrors));
    }

    private static string NewTraceId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
