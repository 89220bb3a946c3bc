namespace Clerk.BackendApi;

/// <summary>Changes to an organization (<c>PATCH /organizations/{organization_id}</c>). Only the properties you set are sent.</summary>
public sealed class UpdateOrganizationRequest
{
    /// <summary>The name.</summary>
    public string? Name { get; init; }

    /// <summary>The slug.</summary>
    public string? Slug { get; init; }

    /// <summary>The membership limit (0: no limit).</summary>
    public int? MaxAllowedMemberships { get; init; }

    /// <summary>Whether admins can delete the organization from the frontend.</summary>
    public bool? AdminDeleteEnabled { get; init; }

    /// <summary>The role set to use.</summary>
    public string? RoleSetKey { get; init; }

    /// <summary>When the organization was created (RFC 3339).</summary>
    public string? CreatedAt { get; init; }
}
