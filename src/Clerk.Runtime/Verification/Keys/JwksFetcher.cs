using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Clerk.Verification.Keys;

/// <summary>
/// Fetches the JWKS from the Backend API: one bounded attempt at a time, retrying transient failures with
/// exponential backoff. Never throws; every failure comes back as a <see cref="JwksFetchResult"/>. All waiting goes
/// through the <see cref="TimeProvider"/>, so tests drive retries and timeouts with a fake clock.
/// </summary>
internal sealed class JwksFetcher(HttpClient http, JwksSettings settings, TimeProvider time, ILogger logger)
{
    private readonly Uri endpoint = settings.JwksEndpoint;

    /// <summary>Fetches and parses the JWKS, with up to <see cref="JwksSettings.MaxAttempts"/> attempts.</summary>
    public async Task<JwksFetchResult> FetchAsync()
    {
        if (!IsSendableToken(settings.SecretKey))
        {
            // Sent anyway, a line break would inject headers and other characters get mangled on the wire.
            JwksLog.SecretKeyUnsendable(logger);
            return JwksFetchResult.Failed("the secret key is empty or holds characters that cannot be sent in an HTTP header");
        }

        var maxAttempts = Math.Max(1, settings.MaxAttempts);
        for (var attempt = 1; ; attempt++)
        {
            JwksLog.Fetching(logger, endpoint, attempt, maxAttempts);
            var (result, transient) = await AttemptAsync().ConfigureAwait(false);
            if (result.Document is not null)
            {
                return result;
            }

            if (!transient || attempt >= maxAttempts)
            {
                JwksLog.FetchFailed(logger, endpoint, result.Failure!);
                return result;
            }

            var delay = settings.RetryBaseDelay * Math.Pow(2, attempt - 1);
            // Logged once the wait has started, so the line marks the moment the backoff clock runs from.
            var backoff = Task.Delay(delay, time);
            JwksLog.AttemptFailed(logger, endpoint, attempt, maxAttempts, result.Failure!, delay);
            await backoff.ConfigureAwait(false);
        }
    }

    /// <summary>One HTTP exchange, headers and body, within <see cref="JwksSettings.AttemptTimeout"/>.</summary>
    private async Task<(JwksFetchResult Result, bool Transient)> AttemptAsync()
    {
        using var timeout = new CancellationTokenSource(settings.AttemptTimeout, time);
        using var request = CreateRequest();
        try
        {
            using var response = await http
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token)
                .ConfigureAwait(false);

            if (!response.IsSuccessStatusCode)
            {
                return Refused(response.StatusCode);
            }

            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return (Parse(body), false);
        }
        catch (OperationCanceledException)
        {
            // No caller's token reaches a shared fetch, so a cancellation is always a timeout: ours, or the
            // HttpClient's own Timeout if that is shorter.
            return (JwksFetchResult.Failed($"no complete answer within {settings.AttemptTimeout}"), true);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return (JwksFetchResult.Failed($"transport error: {e.Message}"), true);
        }
    }

    private HttpRequestMessage CreateRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, endpoint);
        // Without validation: a malformed key must not surface as a FormatException that quotes it.
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + settings.SecretKey);
        request.Headers.Add("Clerk-API-Version", settings.ApiVersion);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }

    /// <summary>True for a non-empty run of visible ASCII, which every Clerk secret key (<c>sk_live_...</c>) is.</summary>
    private static bool IsSendableToken(string? value) =>
        !string.IsNullOrEmpty(value) && !value.AsSpan().ContainsAnyExceptInRange('!', '~');

    private (JwksFetchResult Result, bool Transient) Refused(HttpStatusCode status)
    {
        var code = (int)status;
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            // A wrong or revoked secret key stays wrong: retrying only adds load and noise.
            JwksLog.SecretKeyRefused(logger, code, endpoint);
            return (JwksFetchResult.Failed($"the Backend API refused the secret key (HTTP {code})"), false);
        }

        // 429 is not retried within the fetch: the Backend API asked for a pause, and the minimum refetch interval
        // already spaces out the next fetch.
        var transient = code >= 500 || status == HttpStatusCode.RequestTimeout;
        return (JwksFetchResult.Failed($"HTTP {code}"), transient);
    }

    private static JwksFetchResult Parse(byte[] body)
    {
        try
        {
            var document = JsonSerializer.Deserialize(body, JwksJsonContext.Default.JwksDocument);
            return document?.Keys is null
                ? JwksFetchResult.Failed("the response is not a JWKS (no \"keys\" array)")
                : JwksFetchResult.Succeeded(document);
        }
        catch (JsonException e)
        {
            return JwksFetchResult.Failed($"the response is not valid JWKS JSON: {e.Message}");
        }
    }
}
