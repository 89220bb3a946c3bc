using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;
using Clerk.Emulator.Operations;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Api;

/// <summary><c>/v1/organizations/{id}/invitations</c>: invite with a role, list, get, pending, revoke.</summary>
internal static class OrganizationInvitationsEndpoints
{
    private static readonly EmulatorJsonContext Json = EmulatorJsonContext.Default;

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/organizations/{organization_id}/invitations", List);
        v1.MapGet("/organizations/{organization_id}/invitations/pending",
            (HttpRequest r, string organization_id, EmulatedInstance i) => List(r, organization_id, i, onlyPending: true));
        v1.MapPost("/organizations/{organization_id}/invitations", Create);
        v1.MapGet("/organizations/{organization_id}/invitations/{invitation_id}", Get);
        v1.MapPost("/organizations/{organization_id}/invitations/{invitation_id}/revoke", Revoke);
    }

    private static async Task<IResult> List(HttpRequest request, string organization_id, EmulatedInstance instance, bool onlyPending = false)
    {
        var page = request.Page();
        var statuses = onlyPending ? ["pending"] : request.Strings("status");
        var emails = request.Strings("email_address");
        var now = instance.NowMs();
        var result = await instance.Database.RunAsync(store =>
        {
            var organization = OrganizationOperations.Get(store, organization_id);
            var invitations = store.ByOwner(Tables.OrganizationInvitations, organization.Id)
                .Select(i => Current(i, now))
                .Where(i => statuses.Length == 0 || statuses.Contains(i.Status))
                .Where(i => emails.Length == 0 || emails.Contains(i.EmailAddress, StringComparer.OrdinalIgnoreCase))
                .ToList();
            return new PagedList<OrganizationInvitation>(invitations.Paged(page), invitations.Count);
        });
        return JsonResults.Ok(result, Json.PagedListOrganizationInvitation);
    }

    private static async Task<IResult> Get(string organization_id, string invitation_id, EmulatedInstance instance)
    {
        var now = instance.NowMs();
        return JsonResults.Ok(await instance.Database.RunAsync(store => Current(Find(store, organization_id, invitation_id), now)), Json.OrganizationInvitation);
    }

    private static async Task<IResult> Create(HttpRequest request, string organization_id, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request,
            "email_address", "inviter_user_id", "role", "public_metadata", "private_metadata", "redirect_url", "expires_in_days", "notify");
        var email = body.RequiredString("email_address");
        UserOperations.CheckEmail(email);
        var role = body.RequiredString("role");
        OrganizationOperations.CheckRole(instance.Roles, role);
        var inviterId = body.String("inviter_user_id");
        var days = body.Long("expires_in_days") ?? 30;
        if (days is < 1 or > 365)
        {
            throw ApiError.ValueInvalid("expires_in_days", "expires_in_days must be between 1 and 365.");
        }

        var publicMetadata = body.Object("public_metadata");
        var privateMetadata = body.Object("private_metadata");
        var redirectUrl = body.String("redirect_url");
        var now = instance.NowMs();
        var invitation = await instance.Database.RunAsync(store =>
        {
            var organization = OrganizationOperations.Get(store, organization_id);
            var inviter = inviterId is null ? null : UserOperations.Get(store, inviterId);
            var members = store.ByOwner(Tables.Memberships, organization.Id);
            if (members.Any(m => store.Get(Tables.Users, m.UserId)?.EmailAddresses.Any(e => string.Equals(e.EmailAddressValue, email, StringComparison.OrdinalIgnoreCase)) ?? false))
            {
                throw new ApiError(422, "already_a_member_in_organization", "already a member",
                    $"{email} is already a member of the organization.", new() { ["param_name"] = "email_address" });
            }

            if (store.ByOwner(Tables.OrganizationInvitations, organization.Id).Any(i => Current(i, now).Status == "pending" && string.Equals(i.EmailAddress, email, StringComparison.OrdinalIgnoreCase)))
            {
                throw ApiError.Duplicate("email_address", $"There is already a pending invitation for {email}.");
            }

            var id = Ids.New("orginv");
            return store.Put(Tables.OrganizationInvitations, new OrganizationInvitation
            {
                Id = id,
                EmailAddress = email,
                Role = role,
                RoleName = instance.Roles.Find(role).Name,
                OrganizationId = organization.Id,
                InviterId = inviter?.Id,
                PublicInviterData = inviter is null ? null : new PublicInviterData
                {
                    UserId = inviter.Id,
                    FirstName = inviter.FirstName,
                    LastName = inviter.LastName,
                    Identifier = inviter.PrimaryEmail() ?? inviter.Username,
                },
                PublicMetadata = publicMetadata ?? [],
                PrivateMetadata = privateMetadata ?? [],
                Url = redirectUrl is null ? null : $"{redirectUrl}?__clerk_ticket={id}",
                ExpiresAt = now + (long)TimeSpan.FromDays(days).TotalMilliseconds,
                CreatedAt = now,
                UpdatedAt = now,
            });
        });
        return JsonResults.Ok(invitation, Json.OrganizationInvitation);
    }

    private static async Task<IResult> Revoke(HttpRequest request, string organization_id, string invitation_id, EmulatedInstance instance)
    {
        await RequestBody.ReadAsync(request, "requesting_user_id");
        var now = instance.NowMs();
        var invitation = await instance.Database.RunAsync(store =>
        {
            var invitation = Current(Find(store, organization_id, invitation_id), now);
            if (invitation.Status != "pending")
            {
                throw new ApiError(400, "invitation_not_pending", "not pending", $"Invitation {invitation_id} is {invitation.Status} and cannot be revoked.");
            }

            return store.Put(Tables.OrganizationInvitations, invitation with { Status = "revoked", UpdatedAt = now });
        });
        return JsonResults.Ok(invitation, Json.OrganizationInvitation);
    }

    private static OrganizationInvitation Find(StoreSession store, string organizationId, string invitationId)
    {
        var organization = OrganizationOperations.Get(store, organizationId);
        var invitation = store.Get(Tables.OrganizationInvitations, invitationId);
        return invitation is not null && invitation.OrganizationId == organization.Id ? invitation : throw ApiError.NotFound("Organization invitation");
    }

    private static OrganizationInvitation Current(OrganizationInvitation invitation, long now) =>
        invitation.Status == "pending" && invitation.ExpiresAt <= now ? invitation with { Status = "expired" } : invitation;
}
