namespace Clerk.BackendApi;

/// <summary>Options for minting a session token, with or without a JWT template.</summary>
public sealed class CreateSessionTokenRequest
{
    /// <summary>The token's lifetime in seconds (30 to 315360000); the session's or template's default when unset.</summary>
    public int? ExpiresInSeconds { get; init; }
}
