using System.Text.Json.Nodes;

namespace Clerk.BackendApi;

/// <summary>An organization's metadata, to merge or replace. A kind left <see langword="null"/> is not sent and stays as it is.</summary>
public sealed class OrganizationMetadataRequest
{
    /// <summary>Metadata readable from the frontend.</summary>
    public JsonObject? PublicMetadata { get; init; }

    /// <summary>Metadata only the backend can read.</summary>
    public JsonObject? PrivateMetadata { get; init; }
}
