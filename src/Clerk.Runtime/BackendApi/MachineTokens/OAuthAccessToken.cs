using System.Text.Json.Serialization;

namespace Clerk.BackendApi;

/// <summary>
/// A verified OAuth access token, or Clerk's <c>{ "active": false }</c> answer for one it does not accept (then
/// only <see cref="Active"/> is set). Times are Unix epoch milliseconds.
/// </summary>
public sealed class OAuthAccessToken
{
    /// <summary>Always <c>clerk_idp_oauth_access_token</c> for a token Clerk knows.</summary>
    public string? Object { get; init; }

    /// <summary>The token's ID (<c>oat_...</c>).</summary>
    public string? Id { get; init; }

    /// <summary>The OAuth application the token was issued to.</summary>
    public string? ClientId { get; init; }

    /// <summary>The user who authorized the application (<c>user_...</c>).</summary>
    public string? Subject { get; init; }

    /// <summary>The scopes granted.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    /// <summary>Whether the token was revoked.</summary>
    public bool Revoked { get; init; }

    /// <summary>Why it was revoked.</summary>
    public string? RevocationReason { get; init; }

    /// <summary>Whether the token has expired.</summary>
    public bool Expired { get; init; }

    /// <summary>When the token expires (epoch ms).</summary>
    public long? Expiration { get; init; }

    /// <summary>When the token was created (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the token last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }

    /// <summary><see langword="false"/> when Clerk answered <c>{ "active": false }</c>; absent otherwise.</summary>
    public bool? Active { get; init; }

    /// <summary>Whether the token can be trusted: Clerk knows it, and it is active, not revoked and not expired.</summary>
    [JsonIgnore]
    public bool IsValid => Active != false && Id is not null && Subject is not null && !Revoked && !Expired;
}
