namespace Clerk.Verification;

/// <summary>Verifies a session token's structure, algorithm, type, signature and claims (DESIGN.md §6).</summary>
internal interface ISessionTokenVerifier
{
    /// <summary>The verdict; never throws for a malformed token.</summary>
    ValueTask<TokenVerificationResult> VerifyAsync(string token, CancellationToken cancellationToken);
}
