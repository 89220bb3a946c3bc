using Microsoft.AspNetCore.Antiforgery;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Forms.Raw;

// /api/forms/raw: the whole form; the PUT handler turns antiforgery validation off, as a minimal API does with
// [RequireAntiforgeryToken(false)] or DisableAntiforgery() (MVC's [IgnoreAntiforgeryToken] is not endpoint metadata).
public static class Route
{
    public static string POST(IFormCollection form) =>
        string.Join("&", form.Keys.Order().Select(key => $"{key}={form[key]}"));

    [RequireAntiforgeryToken(false)]
    public static string PUT(IFormCollection form) => $"{form.Count} fields";
}
