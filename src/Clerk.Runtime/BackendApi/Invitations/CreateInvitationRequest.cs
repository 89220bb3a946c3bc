using System.Text.Json.Nodes;

namespace Clerk.BackendApi;

/// <summary>A new invitation (<c>POST /invitations</c>).</summary>
public sealed class CreateInvitationRequest
{
    /// <summary>The address to invite.</summary>
    public required string EmailAddress { get; init; }

    /// <summary>Metadata copied to the user who accepts.</summary>
    public JsonObject? PublicMetadata { get; init; }

    /// <summary>Where the invitation link leads after sign-up.</summary>
    public string? RedirectUrl { get; init; }

    /// <summary>Whether Clerk emails the invitation (it does unless <see langword="false"/>).</summary>
    public bool? Notify { get; init; }

    /// <summary>Do not fail when an invitation for the address already exists.</summary>
    public bool? IgnoreExisting { get; init; }

    /// <summary>Days until the invitation expires.</summary>
    public int? ExpiresInDays { get; init; }

    /// <summary>The email template: <c>invitation</c> (default) or <c>waitlist_invitation</c>.</summary>
    public string? TemplateSlug { get; init; }
}
