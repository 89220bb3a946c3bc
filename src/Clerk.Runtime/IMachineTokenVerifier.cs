namespace Clerk;

/// <summary>
/// Verifies API keys, M2M tokens and OAuth access tokens. Unlike session tokens they are opaque, so only the Backend
/// API can say what they stand for.
/// </summary>
internal interface IMachineTokenVerifier
{
    /// <summary>The identity the token stands for, or null (with Clerk's reason) when it is unknown, revoked or expired.</summary>
    ValueTask<(MachineIdentity? Identity, string? Reason)> VerifyAsync(TokenTypes type, string token, CancellationToken cancellationToken);
}
