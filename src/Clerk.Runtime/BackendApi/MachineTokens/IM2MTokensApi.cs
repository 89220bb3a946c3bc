using Refit;

namespace Clerk.BackendApi;

/// <summary>Machine-to-machine tokens (<c>mt_...</c>), which one machine presents to another.</summary>
public interface IM2MTokensApi
{
    /// <summary>
    /// Verifies an M2M token (<c>POST /m2m_tokens/verify</c>). An unknown token is a <see cref="ClerkApiException"/>
    /// (404); check <see cref="M2MToken.Revoked"/> and <see cref="M2MToken.Expired"/> too.
    /// </summary>
    [Post("/m2m_tokens/verify")]
    Task<M2MToken> VerifyM2MTokenAsync([Body] VerifyM2MTokenRequest request, CancellationToken cancellationToken = default);
}
