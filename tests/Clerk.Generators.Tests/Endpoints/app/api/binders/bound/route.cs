using Clerk.Generators.Tests.Endpoints.Models;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Binders.Bound;

// /api/binders/bound: types that bind themselves with BindAsync, required and optional, a class through
// IBindableFromHttpContext and a struct that answers ValueTask<T?>.
public static class Route
{
    public static string GET(Paging paging, Tenant? tenant, Region? region) =>
        $"page {paging.Page} of {paging.Size}, tenant {tenant?.Name ?? "-"} ({tenant?.Parameter ?? "-"}), region {region?.Code ?? "-"}";

    public static string POST(Tenant tenant, Region region, Item item) => $"{tenant.Name} {region.Code} {item.DisplayName}";
}
