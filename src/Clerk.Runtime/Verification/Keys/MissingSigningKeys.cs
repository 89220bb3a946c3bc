namespace Clerk.Verification.Keys;

/// <summary>
/// The key source of a Development app with neither a secret key nor a JWT key: every token is refused, so every
/// caller is signed out, rather than the app failing to start (validation requires a key outside Development).
/// </summary>
internal sealed class MissingSigningKeys : ISigningKeys
{
    public int Generation => 0;

    public ValueTask<SigningKeyLookup> FindAsync(string? keyId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SigningKeyLookup.Failed(TokenVerificationReasons.JwkFailedToResolve,
            "No key to verify session tokens with: set CLERK_SECRET_KEY or CLERK_JWT_KEY."));
}
