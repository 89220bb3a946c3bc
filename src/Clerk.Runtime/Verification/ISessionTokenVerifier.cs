namespace Clerk.Verification;

/// <summary>Verifies a session token's structure, algorithm, type, signature and claims (DESIGN.md §6).</summary>
internal interface ISessionTokenVerifier
{
    /// <summary>The verdict; never throws for a malformed token.</summary>
    ValueTask<TokenVerificationResult> VerifyAsync(string token, CancellationToken cancellationToken);

    /// <summary>
    /// The verdict on token text that is part of a larger string (a request header): a cached token is found without
    /// copying it, and a valid verdict's <see cref="TokenVerificationResult.VerifiedToken"/> is the token's own string.
    /// </summary>
    ValueTask<TokenVerificationResult> VerifyAsync(ReadOnlyMemory<char> token, CancellationToken cancellationToken);
}
