using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;
using Clerk.Emulator.Operations;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Api;

/// <summary><c>/v1/invitations</c>: invite someone to the instance, list, revoke. No email is ever sent.</summary>
internal static class InvitationsEndpoints
{
    private static readonly EmulatorJsonContext Json = EmulatorJsonContext.Default;

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/invitations", List);
        v1.MapPost("/invitations", Create);
        v1.MapPost("/invitations/{invitation_id}/revoke", Revoke);
    }

    private static async Task<IResult> List(HttpRequest request, EmulatedInstance instance)
    {
        var page = request.Page();
        var status = request.String("status");
        var query = request.String("query");
        var now = instance.NowMs();
        var invitations = await instance.Database.RunAsync(store => store.All(Tables.Invitations)
            .Select(i => Current(i, now))
            .Where(i => status is null || i.Status == status)
            .Where(i => query is null || i.EmailAddress.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Paged(page));
        return JsonResults.Ok(invitations, Json.ListInvitation);
    }

    private static async Task<IResult> Create(HttpRequest request, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request,
            "email_address", "public_metadata", "redirect_url", "notify", "ignore_existing", "expires_in_days", "template_slug");
        var email = body.RequiredString("email_address");
        UserOperations.CheckEmail(email);
        var ignoreExisting = body.Bool("ignore_existing") ?? false;
        var days = body.Long("expires_in_days") ?? 30;
        if (days is < 1 or > 365)
        {
            throw ApiError.ValueInvalid("expires_in_days", "expires_in_days must be between 1 and 365.");
        }

        var publicMetadata = body.Object("public_metadata");
        var redirectUrl = body.String("redirect_url");
        var now = instance.NowMs();
        var invitation = await instance.Database.RunAsync(store =>
        {
            if (store.All(Tables.Users).Any(u => u.EmailAddresses.Any(e => string.Equals(e.EmailAddressValue, email, StringComparison.OrdinalIgnoreCase))))
            {
                throw ApiError.IdentifierExists("email_address", "email address");
            }

            if (!ignoreExisting && store.ByOwner(Tables.Invitations, email).Any(i => Current(i, now).Status == "pending"))
            {
                throw ApiError.Duplicate("email_address", $"There is already a pending invitation for {email}.");
            }

            var id = Ids.New("inv");
            return store.Put(Tables.Invitations, new Invitation
            {
                Id = id,
                EmailAddress = email,
                PublicMetadata = publicMetadata ?? [],
                Url = redirectUrl is null ? $"{instance.Issuer}/v1/tickets/accept?ticket={id}" : $"{redirectUrl}?__clerk_ticket={id}",
                ExpiresAt = now + (long)TimeSpan.FromDays(days).TotalMilliseconds,
                CreatedAt = now,
                UpdatedAt = now,
            });
        });
        return JsonResults.Ok(invitation, Json.Invitation);
    }

    private static async Task<IResult> Revoke(string invitation_id, EmulatedInstance instance)
    {
        var now = instance.NowMs();
        var invitation = await instance.Database.RunAsync(store =>
        {
            var invitation = store.Get(Tables.Invitations, invitation_id) ?? throw ApiError.NotFound("Invitation");
            if (Current(invitation, now).Status != "pending")
            {
                throw new ApiError(400, "invitation_not_pending", "not pending", $"Invitation {invitation_id} is {invitation.Status} and cannot be revoked.");
            }

            return store.Put(Tables.Invitations, invitation with { Revoked = true, Status = "revoked", UpdatedAt = now });
        });
        return JsonResults.Ok(invitation, Json.Invitation);
    }

    private static Invitation Current(Invitation invitation, long now) =>
        invitation.Status == "pending" && invitation.ExpiresAt <= now ? invitation with { Status = "expired" } : invitation;
}
