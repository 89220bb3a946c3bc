using Refit;

namespace Clerk.BackendApi;

/// <summary>
/// Clerk's Backend API, one Refit interface per resource. <c>AddClerk()</c> registers it: take it as a handler
/// parameter (<c>ClerkClient clerk</c>) and call, say, <c>await clerk.Users.GetUserAsync(userId)</c>. Every request
/// carries the secret key, <c>Clerk-API-Version: 2026-05-12</c> and a <c>User-Agent</c>; a non-2xx answer is a
/// <see cref="ClerkApiException"/>; rate limits, server errors and dropped connections are retried as
/// <c>ClerkOptions</c> says, and no call outlives <c>ClerkOptions.BackendApiTimeout</c> (a
/// <see cref="TimeoutException"/>).
/// </summary>
public sealed class ClerkClient
{
    internal ClerkClient(HttpClient http, RefitSettings settings)
    {
        Users = RestService.ForGenerated<IUsersApi>(http, settings);
        Sessions = RestService.ForGenerated<ISessionsApi>(http, settings);
        Jwks = RestService.ForGenerated<IJwksApi>(http, settings);
        JwtTemplates = RestService.ForGenerated<IJwtTemplatesApi>(http, settings);
        Organizations = RestService.ForGenerated<IOrganizationsApi>(http, settings);
        OrganizationMemberships = RestService.ForGenerated<IOrganizationMembershipsApi>(http, settings);
        Invitations = RestService.ForGenerated<IInvitationsApi>(http, settings);
        ApiKeys = RestService.ForGenerated<IApiKeysApi>(http, settings);
        M2MTokens = RestService.ForGenerated<IM2MTokensApi>(http, settings);
        OAuthAccessTokens = RestService.ForGenerated<IOAuthAccessTokensApi>(http, settings);
    }

    /// <summary>Users: list, count, get, create, update, delete, metadata, ban, lock.</summary>
    public IUsersApi Users { get; }

    /// <summary>Sessions: list, get, create, revoke, and minting session and JWT-template tokens.</summary>
    public ISessionsApi Sessions { get; }

    /// <summary>The instance's public signing keys.</summary>
    public IJwksApi Jwks { get; }

    /// <summary>JWT templates.</summary>
    public IJwtTemplatesApi JwtTemplates { get; }

    /// <summary>Organizations and their metadata.</summary>
    public IOrganizationsApi Organizations { get; }

    /// <summary>Organization memberships: their own interface (beside <see cref="Organizations"/>), so each interface is one resource.</summary>
    public IOrganizationMembershipsApi OrganizationMemberships { get; }

    /// <summary>Invitations to the application.</summary>
    public IInvitationsApi Invitations { get; }

    /// <summary>API keys (<c>ak_...</c>): verification.</summary>
    public IApiKeysApi ApiKeys { get; }

    /// <summary>Machine-to-machine tokens (<c>mt_...</c>): verification.</summary>
    public IM2MTokensApi M2MTokens { get; }

    /// <summary>OAuth access tokens (<c>oat_...</c>): verification.</summary>
    public IOAuthAccessTokensApi OAuthAccessTokens { get; }
}
