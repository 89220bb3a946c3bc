using Refit;

namespace Clerk.BackendApi;

/// <summary>Invitations to join the application (<c>/v1/invitations</c>).</summary>
public interface IInvitationsApi
{
    /// <summary>Invites an email address; Clerk emails a sign-up link (<c>POST /invitations</c>).</summary>
    [Post("/invitations")]
    Task<Invitation> CreateInvitationAsync([Body] CreateInvitationRequest request, CancellationToken cancellationToken = default);

    /// <summary>Lists invitations, newest first (<c>GET /invitations</c>).</summary>
    [Get("/invitations")]
    Task<IReadOnlyList<Invitation>> ListInvitationsAsync([Query] InvitationListQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Revokes a pending invitation (<c>POST /invitations/{invitation_id}/revoke</c>).</summary>
    [Post("/invitations/{invitation_id}/revoke")]
    Task<Invitation> RevokeInvitationAsync([AliasAs("invitation_id")] string invitationId, CancellationToken cancellationToken = default);
}
