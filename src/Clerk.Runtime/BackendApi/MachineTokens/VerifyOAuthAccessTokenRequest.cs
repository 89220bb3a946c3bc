namespace Clerk.BackendApi;

/// <summary>The OAuth access token to verify.</summary>
public sealed class VerifyOAuthAccessTokenRequest
{
    /// <summary>The token, as the caller sent it (<c>oat_...</c>).</summary>
    public required string AccessToken { get; init; }
}
