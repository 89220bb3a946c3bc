namespace Clerk.BackendApi;

/// <summary>The API key to verify.</summary>
public sealed class VerifyApiKeyRequest
{
    /// <summary>The key's secret, as the caller sent it (<c>ak_...</c>).</summary>
    public required string Secret { get; init; }
}
