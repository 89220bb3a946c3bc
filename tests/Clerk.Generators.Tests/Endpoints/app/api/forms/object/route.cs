using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Forms.Object;

/// <summary>Bound through its constructor: every parameter must be a field of the form.</summary>
public sealed record Todo(string Name, int Count, bool Done, string[]? Tags);

/// <summary>Bound through its settable properties: a field that is not there keeps its default.</summary>
public sealed class Settings
{
    public string Theme { get; set; } = "light";

    public int? Volume { get; init; }

    public int[] Levels { get; set; } = [1];
}

// /api/forms/object: complex [FromForm] types, each member a field of its name (repeated or indexed for arrays).
public static class Route
{
    [RequireAntiforgeryToken(false)]
    public static string POST([FromForm] Todo todo) =>
        $"{todo.Name}|{todo.Count}|{todo.Done}|{string.Join(",", todo.Tags ?? [])}";

    [RequireAntiforgeryToken(false)]
    public static string PUT([FromForm] Settings settings) =>
        $"{settings.Theme}|{settings.Volume?.ToString() ?? "-"}|{string.Join(",", settings.Levels)}";
}
