using Clerk.Generators.Tests.Endpoints.Models;
using Microsoft.AspNetCore.Http;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Search.Category;

// /api/search/{category}: [AsParameters] types, bound member by member as minimal APIs bind them.
public static class Route
{
    public static string GET([AsParameters] SearchFilter filter, [AsParameters] ListOptions options) =>
        $"{filter.Category} page {filter.Page} sort {filter.Order ?? "-"} trace {filter.Trace ?? "-"}; "
        + $"size {options.Size} q {options.Query ?? "-"} at {options.Clock.Now:yyyy}";

    public static string POST([AsParameters] NewEntry entry) =>
        $"{entry.Category}: {entry.Entry.DisplayName} x{entry.Entry.Quantity} ({entry.Count})";
}
