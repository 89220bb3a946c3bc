using System.Text.Json;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;

namespace Clerk.Emulator.Storage;

/// <summary>Every table of the emulator's database.</summary>
internal static class Tables
{
    private static readonly EmulatorJsonContext Json = EmulatorJsonContext.Default;

    public static readonly Table<InstanceSettings> Instance = new("instance", Json.InstanceSettings, _ => "instance", _ => 0, _ => null);
    public static readonly Table<SigningKey> SigningKeys = new("signing_keys", Json.SigningKey, k => k.Kid, k => k.CreatedAt, _ => null);
    public static readonly Table<User> Users = new("users", Json.User, u => u.Id, u => u.CreatedAt, _ => null,
        "user", CreatedOrUpdated<User>("user"));
    public static readonly Table<Session> Sessions = new("sessions", Json.Session, s => s.Id, s => s.CreatedAt, s => s.UserId,
        "session", SessionEvent);
    public static readonly Table<Organization> Organizations = new("organizations", Json.Organization, o => o.Id, o => o.CreatedAt, o => o.Slug,
        "organization", CreatedOrUpdated<Organization>("organization"));
    // Announced as the Backend API shows a membership (with its organization and user), deletions included.
    public static readonly Table<Membership> Memberships = new("memberships", Json.Membership, m => m.Id, m => m.CreatedAt, m => m.OrganizationId,
        "organizationMembership", CreatedOrUpdated<Membership>("organizationMembership"),
        (store, membership) => JsonSerializer.Serialize(
            Operations.OrganizationOperations.ToWire(store, store.Roles, membership), Json.OrganizationMembership));
    public static readonly Table<Invitation> Invitations = new("invitations", Json.Invitation, i => i.Id, i => i.CreatedAt, i => i.EmailAddress);
    public static readonly Table<OrganizationInvitation> OrganizationInvitations = new("organization_invitations", Json.OrganizationInvitation, i => i.Id, i => i.CreatedAt, i => i.OrganizationId,
        "organizationInvitation", InvitationEvent);
    public static readonly Table<JwtTemplate> JwtTemplates = new("jwt_templates", Json.JwtTemplate, t => t.Id, t => t.CreatedAt, t => t.Name);
    public static readonly Table<ApiKey> ApiKeys = new("api_keys", Json.ApiKey, k => k.Id, k => k.CreatedAt, k => k.Subject);
    public static readonly Table<M2MToken> M2MTokens = new("m2m_tokens", Json.M2MToken, t => t.Id, t => t.CreatedAt, t => t.Subject);
    public static readonly Table<Subscription> Subscriptions = new("subscriptions", Json.Subscription, s => s.PayerId, _ => 0, _ => null);

    private static Func<T?, T, string?> CreatedOrUpdated<T>(string type) where T : class =>
        (before, _) => before is null ? type + ".created" : type + ".updated";

    // Clerk announces a session when it is created and when it ends, is removed or revoked; not each refresh.
    private static string? SessionEvent(Session? before, Session after) =>
        before is null ? "session.created"
        : before.Status != after.Status && after.Status is "ended" or "removed" or "revoked" ? "session." + after.Status
        : null;

    // Clerk announces an organization invitation when it is sent, accepted or revoked.
    private static string? InvitationEvent(OrganizationInvitation? before, OrganizationInvitation after) =>
        before is null ? "organizationInvitation.created"
        : before.Status != after.Status && after.Status is "accepted" or "revoked" ? "organizationInvitation." + after.Status
        : null;

    public static readonly IReadOnlyList<string> Names =
    [
        Instance.Name, SigningKeys.Name, Users.Name, Sessions.Name, Organizations.Name, Memberships.Name,
        Invitations.Name, OrganizationInvitations.Name, JwtTemplates.Name, ApiKeys.Name, M2MTokens.Name, Subscriptions.Name,
    ];
}
