using System.Text.Json.Nodes;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;
using Clerk.Emulator.Operations;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Api;

/// <summary><c>/v1/organizations</c>: list, get by id or slug, create, update, delete and metadata.</summary>
internal static class OrganizationsEndpoints
{
    private static readonly EmulatorJsonContext Json = EmulatorJsonContext.Default;

    private static readonly string[] CreateParams =
        ["name", "created_by", "private_metadata", "public_metadata", "slug", "max_allowed_memberships", "created_at", "role_set_key"];

    // From API version 2026-05-12 metadata goes through /metadata, not through the update.
    private static readonly string[] UpdateParams = ["name", "slug", "max_allowed_memberships", "admin_delete_enabled"];

    private static readonly string[] MetadataParams = ["public_metadata", "private_metadata"];

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/organizations", List);
        v1.MapPost("/organizations", Create);
        v1.MapGet("/organizations/{organization_id}", Get);
        v1.MapPatch("/organizations/{organization_id}", Update);
        v1.MapDelete("/organizations/{organization_id}", Delete);
        v1.MapPatch("/organizations/{organization_id}/metadata", (HttpRequest r, string organization_id, EmulatedInstance i) => Metadata(r, organization_id, i, merge: true));
        v1.MapPut("/organizations/{organization_id}/metadata", (HttpRequest r, string organization_id, EmulatedInstance i) => Metadata(r, organization_id, i, merge: false));
    }

    private static async Task<IResult> List(HttpRequest request, EmulatedInstance instance)
    {
        var page = request.Page();
        var query = request.String("query");
        var userIds = request.Strings("user_id");
        var organizationIds = request.Strings("organization_id");
        var orderBy = request.String("order_by") ?? "-created_at";
        var result = await instance.Database.RunAsync(store =>
        {
            var memberships = store.All(Tables.Memberships);
            var organizations = store.All(Tables.Organizations)
                .Select(o => OrganizationOperations.WithCounts(store, o))
                .Where(o => query is null || o.Id.Contains(query, StringComparison.OrdinalIgnoreCase)
                    || o.Name.Contains(query, StringComparison.OrdinalIgnoreCase) || o.Slug.Contains(query, StringComparison.OrdinalIgnoreCase))
                .Where(o => userIds.Length == 0 || memberships.Any(m => m.OrganizationId == o.Id && userIds.Contains(m.UserId)))
                .Where(o => organizationIds.Length == 0 || organizationIds.Contains(o.Id));
            var ordered = Order(organizations, orderBy).ToList();
            return new PagedList<Organization>(ordered.Paged(page), ordered.Count);
        });
        return JsonResults.Ok(result, Json.PagedListOrganization);
    }

    private static IEnumerable<Organization> Order(IEnumerable<Organization> organizations, string orderBy)
    {
        var descending = orderBy.StartsWith('-');
        Func<Organization, IComparable?> key = orderBy.TrimStart('+', '-') switch
        {
            "created_at" => o => o.CreatedAt,
            "name" => o => o.Name,
            "members_count" => o => o.MembersCount,
            _ => throw ApiError.ValueInvalid("order_by", "order_by must be name, created_at or members_count, optionally prefixed by + or -."),
        };
        return ListOrder.Sort(organizations, key, descending);
    }

    private static async Task<IResult> Get(string organization_id, EmulatedInstance instance) =>
        JsonResults.Ok(await instance.Database.RunAsync(store =>
            OrganizationOperations.WithCounts(store, OrganizationOperations.Get(store, organization_id))), Json.Organization);

    private static async Task<IResult> Create(HttpRequest request, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, CreateParams);
        var name = body.RequiredString("name");
        var now = instance.NowMs();
        var organization = await instance.Database.RunAsync(store => OrganizationOperations.WithCounts(store,
            OrganizationOperations.Create(store, instance.Roles, name, body.String("slug"), body.String("created_by"), now,
                body.Object("public_metadata"), body.Object("private_metadata"), (int)(body.Long("max_allowed_memberships") ?? 0))));
        return JsonResults.Ok(organization, Json.Organization);
    }

    private static async Task<IResult> Update(HttpRequest request, string organization_id, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, UpdateParams);
        var now = instance.NowMs();
        var organization = await instance.Database.RunAsync(store =>
        {
            var organization = OrganizationOperations.Get(store, organization_id);
            if (body.String("slug") is { } slug)
            {
                OrganizationOperations.CheckSlug(store, slug, organization.Id);
                organization = organization with { Slug = slug };
            }

            if (body.Has("name"))
            {
                organization = organization with { Name = body.RequiredString("name") };
            }

            organization = organization with
            {
                MaxAllowedMemberships = (int?)body.Long("max_allowed_memberships") ?? organization.MaxAllowedMemberships,
                AdminDeleteEnabled = body.Bool("admin_delete_enabled") ?? organization.AdminDeleteEnabled,
                UpdatedAt = now,
            };
            return OrganizationOperations.WithCounts(store, store.Put(Tables.Organizations, organization));
        });
        return JsonResults.Ok(organization, Json.Organization);
    }

    private static async Task<IResult> Delete(string organization_id, EmulatedInstance instance)
    {
        var now = instance.NowMs();
        var deleted = await instance.Database.RunAsync(store =>
        {
            var organization = OrganizationOperations.Get(store, organization_id);
            foreach (var membership in store.ByOwner(Tables.Memberships, organization.Id))
            {
                store.Delete(Tables.Memberships, membership.Id);
            }

            foreach (var invitation in store.ByOwner(Tables.OrganizationInvitations, organization.Id))
            {
                store.Delete(Tables.OrganizationInvitations, invitation.Id);
            }

            // Sessions that had it active lose it, as in Clerk.
            foreach (var session in store.All(Tables.Sessions).Where(s => s.LastActiveOrganizationId == organization.Id))
            {
                store.Put(Tables.Sessions, session with { LastActiveOrganizationId = null, UpdatedAt = now });
            }

            store.Delete(Tables.Organizations, organization.Id);
            return new DeletedObject("organization", organization.Id, true, organization.Slug);
        });
        return JsonResults.Ok(deleted, Json.DeletedObject);
    }

    private static async Task<IResult> Metadata(HttpRequest request, string organization_id, EmulatedInstance instance, bool merge)
    {
        var body = await RequestBody.ReadAsync(request, MetadataParams);
        var publicPatch = body.Object("public_metadata");
        var privatePatch = body.Object("private_metadata");
        var now = instance.NowMs();
        var organization = await instance.Database.RunAsync(store =>
        {
            var organization = OrganizationOperations.Get(store, organization_id);
            JsonObject Apply(JsonObject current, JsonObject? patch) =>
                patch is null ? current : merge ? MetadataMerge.Merge(current, patch) : patch;

            return OrganizationOperations.WithCounts(store, store.Put(Tables.Organizations, organization with
            {
                PublicMetadata = Apply(organization.PublicMetadata, publicPatch),
                PrivateMetadata = Apply(organization.PrivateMetadata, privatePatch),
                UpdatedAt = now,
            }));
        });
        return JsonResults.Ok(organization, Json.Organization);
    }
}
