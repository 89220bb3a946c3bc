using Clerk.BackendApi;

namespace Clerk;

/// <summary>
/// What <see cref="Auth"/> needs from Clerk's Backend API, kept behind an interface so the auth object does not reach
/// for the client, its options or the app's services (the hosting layer supplies it).
/// </summary>
internal interface IAuthBackend
{
    /// <summary><c>GET /v1/users/{id}</c>.</summary>
    Task<User> GetUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary><c>POST /v1/sessions/{sid}/tokens/{template}</c>, served from a cache until shortly before it expires.</summary>
    Task<string> GetTemplateTokenAsync(string sessionId, string template, int? expiresInSeconds, CancellationToken cancellationToken);
}
