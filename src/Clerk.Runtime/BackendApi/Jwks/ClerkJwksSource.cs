using System.Net;
using System.Text.Json;
using Clerk.Verification.Keys;
using Microsoft.Extensions.Logging;
using Refit;

namespace Clerk.BackendApi;

/// <summary>
/// The JWKS from <c>GET /v1/jwks</c>, fetched by <see cref="ClerkClient"/>: the same headers, retries, timeouts and
/// JSON model as every other Backend API call. It turns each way the call can fail into a sentence for the token
/// verifier, and never quotes the secret key.
/// </summary>
internal sealed class ClerkJwksSource(Func<ClerkClient> clients, string secretKey, Uri endpoint, ILogger logger) : IJwksSource
{
    /// <inheritdoc />
    public Uri Endpoint => endpoint;

    /// <inheritdoc />
    public async Task<JwksFetchResult> FetchAsync()
    {
        if (!SecretKeyRules.IsSendable(secretKey))
        {
            // Checked before the call so that the log says why, once, instead of a transport error per attempt.
            JwksSourceLog.SecretKeyUnsendable(logger);
            return JwksFetchResult.Failed("the secret key is empty or holds characters that cannot be sent in an HTTP header");
        }

        try
        {
            var keySet = await clients().Jwks.GetJwksAsync().ConfigureAwait(false);
            return keySet is null
                ? JwksFetchResult.Failed("the response is not a JWKS (the body is empty or null)")
                : JwksFetchResult.Succeeded(keySet);
        }
        catch (ClerkApiException e) when (e.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            // The client does not retry these: a wrong or revoked secret key stays wrong.
            JwksSourceLog.SecretKeyRefused(logger, (int)e.StatusCode, endpoint);
            return JwksFetchResult.Failed($"the Backend API refused the secret key (HTTP {(int)e.StatusCode})");
        }
        catch (ClerkApiException e)
        {
            return JwksFetchResult.Failed($"HTTP {(int)e.StatusCode}");
        }
        catch (ApiException e) when (e.InnerException is JsonException json)
        {
            // Refit's wrapper for a body it could not read as a key set ({}, HTML from a proxy, a wrong member type).
            return JwksFetchResult.Failed($"the response is not valid JWKS JSON: {json.Message}");
        }
        catch (TimeoutException e)
        {
            return JwksFetchResult.Failed($"no complete answer in time: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return JwksFetchResult.Failed($"transport error: {e.Message}");
        }
    }
}
