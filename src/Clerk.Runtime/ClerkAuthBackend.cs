using Clerk.BackendApi;

namespace Clerk;

/// <summary>
/// <see cref="Auth"/>'s calls to the Backend API. A client per call (<paramref name="clients"/>), not one kept for
/// the app's lifetime, so the HTTP client factory can still rotate its handlers.
/// </summary>
internal sealed class ClerkAuthBackend(Func<ClerkClient> clients, TemplateTokenCache templateTokens) : IAuthBackend
{
    public Task<User> GetUserAsync(string userId, CancellationToken cancellationToken) =>
        clients().Users.GetUserAsync(userId, cancellationToken);

    public Task<string> GetTemplateTokenAsync(string sessionId, string template, int? expiresInSeconds, CancellationToken cancellationToken) =>
        templateTokens.GetAsync(sessionId, template, expiresInSeconds, async ct =>
        {
            var minted = await clients().Sessions.CreateSessionTokenFromTemplateAsync(
                sessionId, template, new CreateSessionTokenRequest { ExpiresInSeconds = expiresInSeconds }, ct).ConfigureAwait(false);
            return minted.Jwt;
        }, cancellationToken);
}
