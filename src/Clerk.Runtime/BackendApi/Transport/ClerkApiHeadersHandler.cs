using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace Clerk.BackendApi;

/// <summary>
/// Adds what every Backend API request carries: the secret key, the API version and who is calling. Without a
/// secret key it refuses to send at all: an unauthenticated request could only fail, later and less clearly.
/// </summary>
internal sealed class ClerkApiHeadersHandler(IOptions<BackendApiSettings> settings) : DelegatingHandler
{
    private static readonly ProductInfoHeaderValue UserAgent = new("Clerk.Runtime",
        typeof(ClerkApiHeadersHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var secretKey = settings.Value.SecretKey ?? throw new InvalidOperationException(
            "Clerk's Backend API needs the instance's secret key: set Clerk:SecretKey (CLERK_SECRET_KEY).");
        if (!SecretKeyRules.IsSendable(secretKey))
        {
            // The message must not quote the key: exceptions end up in logs.
            throw new InvalidOperationException("The secret key is empty or holds characters that cannot be sent in an " +
                "HTTP header: check Clerk:SecretKey (CLERK_SECRET_KEY) for stray whitespace or quotes.");
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secretKey);
        request.Headers.Remove(ApiVersionHeader);
        request.Headers.Add(ApiVersionHeader, BackendApiSettings.ApiVersion);
        request.Headers.UserAgent.Clear();
        request.Headers.UserAgent.Add(UserAgent);
        return base.SendAsync(request, cancellationToken);
    }

    internal const string ApiVersionHeader = "Clerk-API-Version";
}
