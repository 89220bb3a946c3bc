using Refit;

namespace Clerk.BackendApi;

/// <summary>OAuth access tokens (<c>oat_...</c>) that Clerk, as an OAuth provider, issued to OAuth applications.</summary>
public interface IOAuthAccessTokensApi
{
    /// <summary>
    /// Verifies an OAuth access token (<c>POST /oauth_applications/access_tokens/verify</c>). Clerk may answer 200 with
    /// only <c>{ "active": false }</c> for a token it does not accept: check <see cref="OAuthAccessToken.IsValid"/>.
    /// </summary>
    [Post("/oauth_applications/access_tokens/verify")]
    Task<OAuthAccessToken> VerifyOAuthAccessTokenAsync([Body] VerifyOAuthAccessTokenRequest request, CancellationToken cancellationToken = default);
}
