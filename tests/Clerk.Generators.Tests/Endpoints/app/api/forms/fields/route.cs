using Clerk.Generators.Tests.Endpoints.Models;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Forms.Fields;

// /api/forms/fields: [FromForm] values: required, optional, defaulted, renamed, parsed, repeated.
// (Minimal APIs refuse a [FromForm] string[] when they map it: RequestDelegateFactory looks for string.TryParse.)
public static class Route
{
    public static string POST(
        [FromForm] string name,
        [FromForm] int quantity,
        [FromForm(Name = "note")] string? comment,
        [FromForm] Color color = Color.Green,
        [FromForm] int[]? sizes = null) =>
        $"{name} x{quantity} {comment ?? "-"} {color} [{string.Join(" ", sizes ?? [])}]";
}
