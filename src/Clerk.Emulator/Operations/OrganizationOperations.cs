using System.Text;
using System.Text.Json.Nodes;
using Clerk.Emulator.Api;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Operations;

/// <summary>Organizations and their memberships, shared by the endpoints, the seed and the embedding helpers.</summary>
internal static class OrganizationOperations
{
    public static Organization Create(
        StoreSession store, RoleCatalog roles, string name, string? slug, string? createdBy, long now,
        JsonObject? publicMetadata = null, JsonObject? privateMetadata = null, int maxAllowedMemberships = 0)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw ApiError.Missing("name");
        }

        slug ??= Slugify(name);
        CheckSlug(store, slug, exceptId: null);
        if (createdBy is not null)
        {
            UserOperations.Get(store, createdBy);
        }

        var organization = store.Put(Tables.Organizations, new Organization
        {
            Id = Ids.New("org"),
            Name = name,
            Slug = slug,
            CreatedBy = createdBy,
            PublicMetadata = publicMetadata ?? [],
            PrivateMetadata = privateMetadata ?? [],
            MaxAllowedMemberships = maxAllowedMemberships,
            CreatedAt = now,
            UpdatedAt = now,
            LastActiveAt = now,
        });

        // Clerk makes the creator the organization's first admin.
        if (createdBy is not null)
        {
            AddMember(store, roles, organization.Id, createdBy, "org:admin", now);
        }

        return organization;
    }

    /// <summary>By id, or by slug as Clerk's GET /organizations/{id_or_slug} allows.</summary>
    public static Organization Get(StoreSession store, string idOrSlug) =>
        store.Get(Tables.Organizations, idOrSlug)
        ?? store.ByOwner(Tables.Organizations, idOrSlug).FirstOrDefault()
        ?? throw ApiError.NotFound("Organization");

    public static void CheckSlug(StoreSession store, string slug, string? exceptId)
    {
        if (slug.Length == 0 || slug.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            throw ApiError.FormatInvalid("slug", "slug can contain only lowercase alphanumeric characters and the dash \"-\".");
        }

        if (store.ByOwner(Tables.Organizations, slug).Any(o => o.Id != exceptId))
        {
            throw ApiError.IdentifierExists("slug", "slug");
        }
    }

    public static Membership AddMember(StoreSession store, RoleCatalog roles, string organizationId, string userId, string role, long now)
    {
        var organization = Get(store, organizationId);
        UserOperations.Get(store, userId);
        CheckRole(roles, role);
        if (store.ByOwner(Tables.Memberships, organization.Id).Any(m => m.UserId == userId))
        {
            throw new ApiError(422, "already_a_member_in_organization", "already a member",
                $"User {userId} is already a member of the organization.", new() { ["param_name"] = "user_id" });
        }

        return store.Put(Tables.Memberships, new Membership
        {
            Id = Ids.New("orgmem"),
            OrganizationId = organization.Id,
            UserId = userId,
            Role = role,
            CreatedAt = now,
            UpdatedAt = now,
        });
    }

    public static void CheckRole(RoleCatalog roles, string role)
    {
        if (!roles.IsValidKey(role))
        {
            throw ApiError.FormatInvalid("role", "role must be a role key such as org:admin or org:member.");
        }
    }

    public static Membership? FindMembership(StoreSession store, string organizationId, string userId) =>
        store.ByOwner(Tables.Memberships, organizationId).FirstOrDefault(m => m.UserId == userId);

    /// <summary>The wire membership: the stored link with the organization and the user's public data.</summary>
    public static OrganizationMembership ToWire(StoreSession store, RoleCatalog roles, Membership membership)
    {
        var organization = WithCounts(store, store.Get(Tables.Organizations, membership.OrganizationId)!);
        var user = store.Get(Tables.Users, membership.UserId);
        var role = roles.Find(membership.Role);
        return new OrganizationMembership
        {
            Id = membership.Id,
            Role = membership.Role,
            RoleName = role.Name,
            Permissions = [.. role.Permissions],
            PublicMetadata = membership.PublicMetadata,
            PrivateMetadata = membership.PrivateMetadata,
            Organization = organization,
            PublicUserData = user is null ? new PublicUserData { UserId = membership.UserId } : PublicUserData.From(user),
            CreatedAt = membership.CreatedAt,
            UpdatedAt = membership.UpdatedAt,
        };
    }

    /// <summary>The organization with its member and pending-invitation counts, which are derived, not stored.</summary>
    public static Organization WithCounts(StoreSession store, Organization organization) => organization with
    {
        MembersCount = store.ByOwner(Tables.Memberships, organization.Id).Count,
        PendingInvitationsCount = store.ByOwner(Tables.OrganizationInvitations, organization.Id).Count(i => i.Status == "pending"),
    };

    private static string Slugify(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length > 0 ? text : Ids.New("org").ToLowerInvariant().Replace('_', '-');
    }
}
