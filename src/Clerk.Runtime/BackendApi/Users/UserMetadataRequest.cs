using System.Text.Json.Nodes;

namespace Clerk.BackendApi;

/// <summary>
/// A user's metadata, for <see cref="IUsersApi.MergeUserMetadataAsync"/> (deep merge; a key set to JSON
/// <c>null</c> is deleted) and <see cref="IUsersApi.ReplaceUserMetadataAsync"/> (each kind you set replaces the
/// stored one). A kind left <see langword="null"/> is not sent and stays as it is.
/// </summary>
public sealed class UserMetadataRequest
{
    /// <summary>Metadata readable from the frontend.</summary>
    public JsonObject? PublicMetadata { get; init; }

    /// <summary>Metadata only the backend can read.</summary>
    public JsonObject? PrivateMetadata { get; init; }

    /// <summary>Metadata the frontend can read and write.</summary>
    public JsonObject? UnsafeMetadata { get; init; }
}
