namespace Clerk.BackendApi;

/// <summary>The public part of a member's profile, as a membership carries it.</summary>
public sealed class OrganizationMemberPublicData
{
    /// <summary>The user's ID.</summary>
    public required string UserId { get; init; }

    /// <summary>The first name.</summary>
    public string? FirstName { get; init; }

    /// <summary>The last name.</summary>
    public string? LastName { get; init; }

    /// <summary>The profile image URL.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>Whether an image was uploaded.</summary>
    public bool HasImage { get; init; }

    /// <summary>The primary identifier, such as the email address.</summary>
    public string? Identifier { get; init; }

    /// <summary>The username.</summary>
    public string? Username { get; init; }
}
