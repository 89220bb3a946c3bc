using Clerk.BackendApi;
using Clerk.Caching;

namespace Clerk.Caching;

/// <summary>
/// <see cref="Auth"/>'s calls to the Backend API. A client per call (<paramref name="clients"/>), not one kept for
/// the app's lifetime, so the HTTP client factory can still rotate its handlers. Template tokens go through the
/// shared cache when the app has one (one mint per session across the fleet), else through this instance's own;
/// users through <see cref="ClerkCache"/>, which fetches every time unless <c>Clerk:UserCacheDuration</c> is set.
/// </summary>
internal sealed class ClerkAuthBackend(Func<ClerkClient> clients, TemplateTokenCache templateTokens, ClerkCache cache) : IAuthBackend
{
    public Task<User> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        cache.GetUserAsync(userId, ct => clients().Users.GetUserAsync(userId, ct), cancellationToken);

    public Task<string> GetTemplateTokenAsync(string sessionId, string template, int? expiresInSeconds, CancellationToken cancellationToken)
    {
        return cache.IsShared
            ? cache.GetTemplateTokenAsync(sessionId, template, expiresInSeconds, Mint, TemplateTokenCache.RefreshMargin, cancellationToken)
            : templateTokens.GetAsync(sessionId, template, expiresInSeconds, Mint, cancellationToken);

        async Task<string> Mint(CancellationToken ct)
        {
            var minted = await clients().Sessions.CreateSessionTokenFromTemplateAsync(
                sessionId, template, new CreateSessionTokenRequest { ExpiresInSeconds = expiresInSeconds }, ct).ConfigureAwait(false);
            return minted.Jwt;
        }
    }
}
