using Clerk.Emulator.Api;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Operations;

/// <summary>Signing a user in: a new active session, optionally with an active organization.</summary>
internal static class SessionOperations
{
    private static readonly long SevenDays = (long)TimeSpan.FromDays(7).TotalMilliseconds;
    private static readonly long ThirtyDays = (long)TimeSpan.FromDays(30).TotalMilliseconds;

    public static Session Create(StoreSession store, string userId, string? activeOrganizationId, long now)
    {
        var user = UserOperations.Get(store, userId);
        if (user.Banned || user.Locked)
        {
            throw new ApiError(422, user.Banned ? "user_banned" : "user_locked", "user cannot sign in",
                $"User {userId} is {(user.Banned ? "banned" : "locked")} and cannot sign in.", new() { ["param_name"] = "user_id" });
        }

        string? organizationId = null;
        if (activeOrganizationId is not null)
        {
            var organization = OrganizationOperations.Get(store, activeOrganizationId);
            if (OrganizationOperations.FindMembership(store, organization.Id, userId) is null)
            {
                throw new ApiError(422, "not_a_member_in_organization", "not a member",
                    $"User {userId} is not a member of organization {organization.Id}.",
                    new() { ["param_name"] = "active_organization_id" });
            }

            organizationId = organization.Id;
        }

        store.Put(Tables.Users, user with { LastSignInAt = now, LastActiveAt = now, UpdatedAt = now });
        return store.Put(Tables.Sessions, new Session
        {
            Id = Ids.New("sess"),
            UserId = userId,
            ClientId = Ids.New("client"),
            LastActiveOrganizationId = organizationId,
            LastActiveAt = now,
            ExpireAt = now + SevenDays,
            AbandonAt = now + ThirtyDays,
            CreatedAt = now,
            UpdatedAt = now,
        });
    }

    public static Session Get(StoreSession store, string sessionId) =>
        store.Get(Tables.Sessions, sessionId) ?? throw ApiError.NotFound("Session");

    /// <summary>Ends every active session of the user, as banning and deleting do.</summary>
    public static void RevokeAll(StoreSession store, string userId, long now)
    {
        foreach (var session in store.ByOwner(Tables.Sessions, userId).Where(s => s.Status == "active"))
        {
            store.Put(Tables.Sessions, session with { Status = "revoked", UpdatedAt = now });
        }
    }
}
