using Refit;

namespace Clerk.BackendApi;

/// <summary>The Backend API's sessions (<c>/v1/sessions</c>).</summary>
public interface ISessionsApi
{
    /// <summary>Lists sessions, newest first (<c>GET /sessions</c>); Clerk wants a client or a user ID.</summary>
    [Get("/sessions")]
    Task<IReadOnlyList<Session>> ListSessionsAsync([Query] SessionListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Gets a session (<c>GET /sessions/{session_id}</c>).</summary>
    [Get("/sessions/{session_id}")]
    Task<Session> GetSessionAsync([AliasAs("session_id")] string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Creates an active session for a user; for testing, not on production instances (<c>POST /sessions</c>).</summary>
    [Post("/sessions")]
    Task<Session> CreateSessionAsync([Body] CreateSessionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Revokes a session: it is signed out (<c>POST /sessions/{session_id}/revoke</c>).</summary>
    [Post("/sessions/{session_id}/revoke")]
    Task<Session> RevokeSessionAsync([AliasAs("session_id")] string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Mints a session token for the session (<c>POST /sessions/{session_id}/tokens</c>).</summary>
    [Post("/sessions/{session_id}/tokens")]
    Task<SessionToken> CreateSessionTokenAsync([AliasAs("session_id")] string sessionId, [Body] CreateSessionTokenRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Mints a token from the JWT template named <paramref name="templateName"/> for the session
    /// (<c>POST /sessions/{session_id}/tokens/{template_name}</c>).
    /// </summary>
    [Post("/sessions/{session_id}/tokens/{template_name}")]
    Task<SessionToken> CreateSessionTokenFromTemplateAsync([AliasAs("session_id")] string sessionId, [AliasAs("template_name")] string templateName,
        [Body] CreateSessionTokenRequest request, CancellationToken cancellationToken = default);
}
