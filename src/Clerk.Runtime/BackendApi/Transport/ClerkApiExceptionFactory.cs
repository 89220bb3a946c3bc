using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>
/// Turns a non-2xx response into <see cref="ClerkApiException"/>. It runs as Refit's exception factory rather than a
/// message handler, so the resilience handler below it still sees plain responses (to retry 429 and 5xx), and the
/// exception is made once, for the response the caller finally gets.
/// </summary>
internal sealed class ClerkApiExceptionFactory(TimeProvider time)
{
    public async ValueTask<Exception?> CreateAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }
        var body = await ReadBodyAsync(response).ConfigureAwait(false);
        return new ClerkApiException(response.StatusCode, body?.Errors ?? [], body?.ClerkTraceId, RetryAfterHeader.Read(response, time));
    }

    /// <summary>Clerk's error JSON, or <see langword="null"/> for any other body (a proxy's HTML page, say).</summary>
    private static async Task<ClerkErrorBody?> ReadBodyAsync(HttpResponseMessage response)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            return text.Length == 0 ? null : JsonSerializer.Deserialize(text, ClerkJsonContext.Default.ClerkErrorBody);
        }
        catch (Exception exception) when (exception is JsonException or HttpRequestException or IOException)
        {
            return null;
        }
    }
}
