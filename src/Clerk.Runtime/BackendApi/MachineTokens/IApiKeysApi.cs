using Refit;

namespace Clerk.BackendApi;

/// <summary>API keys (<c>ak_...</c>), the machine tokens a user or organization issues.</summary>
public interface IApiKeysApi
{
    /// <summary>
    /// Verifies an API key's secret (<c>POST /api_keys/verify</c>). An unknown, revoked or expired key is a
    /// <see cref="ClerkApiException"/> (404); check <see cref="ApiKey.Revoked"/> and <see cref="ApiKey.Expired"/> too.
    /// </summary>
    [Post("/api_keys/verify")]
    Task<ApiKey> VerifyApiKeyAsync([Body] VerifyApiKeyRequest request, CancellationToken cancellationToken = default);
}
