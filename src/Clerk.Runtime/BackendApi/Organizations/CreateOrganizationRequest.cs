using System.Text.Json.Nodes;

namespace Clerk.BackendApi;

/// <summary>A new organization (<c>POST /organizations</c>). Only the properties you set are sent.</summary>
public sealed class CreateOrganizationRequest
{
    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>The user who creates it; they become its admin.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>The slug; derived from the name when unset.</summary>
    public string? Slug { get; init; }

    /// <summary>The membership limit (0: no limit).</summary>
    public int? MaxAllowedMemberships { get; init; }

    /// <summary>Metadata readable from the frontend.</summary>
    public JsonObject? PublicMetadata { get; init; }

    /// <summary>Metadata only the backend can read.</summary>
    public JsonObject? PrivateMetadata { get; init; }

    /// <summary>The role set to use.</summary>
    public string? RoleSetKey { get; init; }

    /// <summary>When the organization was created, for migrations (RFC 3339).</summary>
    public string? CreatedAt { get; init; }
}
