namespace Clerk.BackendApi;

/// <summary>A new session (<c>POST /sessions</c>).</summary>
public sealed class CreateSessionRequest
{
    /// <summary>The user to sign in.</summary>
    public required string UserId { get; init; }

    /// <summary>The organization to make active in the session.</summary>
    public string? ActiveOrganizationId { get; init; }
}
