namespace Clerk.BackendApi;

/// <summary>The M2M token to verify.</summary>
public sealed class VerifyM2MTokenRequest
{
    /// <summary>The token, as the caller sent it (<c>mt_...</c>).</summary>
    public required string Token { get; init; }
}
