using System.Text.Json.Nodes;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;
using Clerk.Emulator.Operations;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Api;

/// <summary><c>/v1/organizations/{id}/memberships</c>: list, create with a role, change the role, remove, metadata.</summary>
internal static class MembershipsEndpoints
{
    private static readonly EmulatorJsonContext Json = EmulatorJsonContext.Default;

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/organizations/{organization_id}/memberships", List);
        v1.MapPost("/organizations/{organization_id}/memberships", Create);
        v1.MapPatch("/organizations/{organization_id}/memberships/{user_id}", Update);
        v1.MapDelete("/organizations/{organization_id}/memberships/{user_id}", Delete);
        v1.MapPatch("/organizations/{organization_id}/memberships/{user_id}/metadata", Metadata);
    }

    private static async Task<IResult> List(HttpRequest request, string organization_id, EmulatedInstance instance)
    {
        var page = request.Page();
        var userIds = request.Strings("user_id");
        var roles = request.Strings("role");
        var emails = request.Strings("email_address");
        var query = request.String("query");
        var orderBy = request.String("order_by") ?? "-created_at";
        var result = await instance.Database.RunAsync(store =>
        {
            var organization = OrganizationOperations.Get(store, organization_id);
            var members = store.ByOwner(Tables.Memberships, organization.Id)
                .Select(m => (Membership: m, User: store.Get(Tables.Users, m.UserId)))
                .Where(x => userIds.Length == 0 || userIds.Contains(x.Membership.UserId))
                .Where(x => roles.Length == 0 || roles.Contains(x.Membership.Role))
                .Where(x => emails.Length == 0 || (x.User?.EmailAddresses.Any(e => emails.Contains(e.EmailAddressValue, StringComparer.OrdinalIgnoreCase)) ?? false))
                .Where(x => query is null || (x.User is { } u && new[] { u.Id, u.FirstName, u.LastName, u.Username, u.PrimaryEmail() }
                    .Any(v => v?.Contains(query, StringComparison.OrdinalIgnoreCase) ?? false)));
            var descending = orderBy.StartsWith('-');
            Func<(Membership Membership, User? User), IComparable?> key = orderBy.TrimStart('+', '-') switch
            {
                "created_at" => x => x.Membership.CreatedAt,
                "first_name" => x => x.User?.FirstName,
                "last_name" => x => x.User?.LastName,
                "email_address" => x => x.User?.PrimaryEmail(),
                "username" => x => x.User?.Username,
                "phone_number" => x => x.User?.PrimaryPhone(),
                _ => throw ApiError.ValueInvalid("order_by", "order_by must be created_at, first_name, last_name, email_address, username or phone_number."),
            };
            var ordered = ListOrder.Sort(members, key, descending).Select(x => x.Membership).ToList();
            return new PagedList<OrganizationMembership>(
                ordered.Paged(page).Select(m => OrganizationOperations.ToWire(store, instance.Roles, m)).ToList(), ordered.Count);
        });
        return JsonResults.Ok(result, Json.PagedListOrganizationMembership);
    }

    private static async Task<IResult> Create(HttpRequest request, string organization_id, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, "user_id", "role", "public_metadata", "private_metadata");
        var userId = body.RequiredString("user_id");
        var role = body.RequiredString("role");
        var publicMetadata = body.Object("public_metadata");
        var privateMetadata = body.Object("private_metadata");
        var now = instance.NowMs();
        var membership = await instance.Database.RunAsync(store =>
        {
            var membership = OrganizationOperations.AddMember(store, instance.Roles, organization_id, userId, role, now);
            membership = store.Put(Tables.Memberships, membership with
            {
                PublicMetadata = publicMetadata ?? [],
                PrivateMetadata = privateMetadata ?? [],
            });
            return OrganizationOperations.ToWire(store, instance.Roles, membership);
        });
        return JsonResults.Ok(membership, Json.OrganizationMembership);
    }

    private static async Task<IResult> Update(HttpRequest request, string organization_id, string user_id, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, "role");
        var role = body.RequiredString("role");
        OrganizationOperations.CheckRole(instance.Roles, role);
        var now = instance.NowMs();
        var membership = await instance.Database.RunAsync(store =>
        {
            var membership = Find(store, organization_id, user_id);
            return OrganizationOperations.ToWire(store, instance.Roles, store.Put(Tables.Memberships, membership with { Role = role, UpdatedAt = now }));
        });
        return JsonResults.Ok(membership, Json.OrganizationMembership);
    }

    private static async Task<IResult> Delete(string organization_id, string user_id, EmulatedInstance instance)
    {
        var membership = await instance.Database.RunAsync(store =>
        {
            var membership = Find(store, organization_id, user_id);
            var wire = OrganizationOperations.ToWire(store, instance.Roles, membership);
            store.Delete(Tables.Memberships, membership.Id);
            return wire with { Organization = wire.Organization with { MembersCount = wire.Organization.MembersCount - 1 } };
        });
        return JsonResults.Ok(membership, Json.OrganizationMembership);
    }

    private static async Task<IResult> Metadata(HttpRequest request, string organization_id, string user_id, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, "public_metadata", "private_metadata");
        var publicPatch = body.Object("public_metadata");
        var privatePatch = body.Object("private_metadata");
        var now = instance.NowMs();
        var membership = await instance.Database.RunAsync(store =>
        {
            var membership = Find(store, organization_id, user_id);
            static JsonObject Apply(JsonObject current, JsonObject? patch) => patch is null ? current : MetadataMerge.Merge(current, patch);
            membership = store.Put(Tables.Memberships, membership with
            {
                PublicMetadata = Apply(membership.PublicMetadata, publicPatch),
                PrivateMetadata = Apply(membership.PrivateMetadata, privatePatch),
                UpdatedAt = now,
            });
            return OrganizationOperations.ToWire(store, instance.Roles, membership);
        });
        return JsonResults.Ok(membership, Json.OrganizationMembership);
    }

    private static Membership Find(StoreSession store, string organizationId, string userId)
    {
        var organization = OrganizationOperations.Get(store, organizationId);
        return OrganizationOperations.FindMembership(store, organization.Id, userId) ?? throw ApiError.NotFound("Organization membership");
    }
}
