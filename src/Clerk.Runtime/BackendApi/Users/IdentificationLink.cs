namespace Clerk.BackendApi;

/// <summary>A link from an identification to another one, such as an email address to an OAuth account.</summary>
public sealed class IdentificationLink
{
    /// <summary>The kind of the linked identification, such as <c>oauth_google</c>.</summary>
    public required string Type { get; init; }

    /// <summary>The linked identification's ID.</summary>
    public required string Id { get; init; }
}
