namespace Clerk.BackendApi;

/// <summary>What a delete returns: which object is gone.</summary>
public sealed class DeletedObject
{
    /// <summary>The kind of the deleted object, such as <c>user</c>.</summary>
    public required string Object { get; init; }

    /// <summary>Its ID.</summary>
    public string? Id { get; init; }

    /// <summary>Its slug, for objects that have one.</summary>
    public string? Slug { get; init; }

    /// <summary>Its external ID, for objects that have one.</summary>
    public string? ExternalId { get; init; }

    /// <summary>Whether it was deleted.</summary>
    public bool Deleted { get; init; }
}
