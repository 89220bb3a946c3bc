namespace Clerk.Generator.Benchmarks.Synthetic;

/// <summary>
/// The synthetic API: route file <c>i</c> takes shape <c>i % 7</c>, so every project of seven files or more has each
/// convention (static, <c>[id]</c> as int and Guid, <c>[...path]</c>, <c>[[...slug]]</c>, a <c>(group)</c>, a string
/// parameter), each binding (route values, <c>[FromQuery]</c>, a JSON body record, <c>Auth</c>, a
/// <c>CancellationToken</c>), each guard and each kind of result (<c>IResult</c>, a record, <c>Task&lt;T&gt;</c>,
/// <c>string</c>). Every file has its own folder <c>r{i}</c>, so no two resolve to the same URL.
/// </summary>
internal static class Shapes
{
    public const int Count = 7;

    /// <summary>The text the incremental benchmarks change: the body of route file 0's GET handler.</summary>
    public const string EditedLiteral = "\"body-0\"";

    public const string EditedReplacement = "\"body-0, edited\"";

    public static IReadOnlyList<RouteFile> Project(int routeFiles) =>
        Enumerable.Range(0, routeFiles).Select(For).ToList();

    public static RouteFile For(int i) => (i % Count) switch
    {
        0 => new(i, $"app/api/r{i}", $"/api/r{i}",
        [
            new("GET", "IResult", false, "Auth auth", "ClaimsPrincipal user",
                $"Results.Ok(new Item({i}, \"body-{i}\"))", false, Protection.SignedIn),
            new("POST", "Task<Item>", true, "NewItem item, CancellationToken cancellationToken",
                "NewItem item, CancellationToken cancellationToken",
                $"{{ await Task.Yield(); return new Item({i}, item.Name); }}", true, Protection.None),
        ]),
        1 => new(i, $"app/api/r{i}/[id]", $"/api/r{i}/{{id}}",
        [
            new("GET", "Item", false, "int id, [FromQuery] string? name", "int id, [FromQuery] string? name",
                $"new Item(id, name ?? \"r{i}\")", false, Protection.None),
            new("PUT", "Task<IResult>", true, "int id, NewItem item", "int id, NewItem item",
                "{ await Task.Yield(); return Results.Ok(new Item(id, item.Name)); }", true, Protection.AdminRole),
            new("DELETE", "IResult", false, "int id", "int id", "Results.NoContent()", false, Protection.None),
        ]),
        2 => new(i, $"app/api/r{i}/[id]", $"/api/r{i}/{{id}}",
        [
            new("GET", "string", false, "Guid id, Auth auth", "Guid id, ClaimsPrincipal user",
                $"\"r{i} \" + id.ToString()", false, Protection.SignedIn),
        ]),
        3 => new(i, $"app/api/r{i}/files/[...path]", $"/api/r{i}/files/{{*path}}",
        [
            new("GET", "string", false, "string[] path", "string path", "$\"files {path.Length}\"", false, Protection.None),
        ]),
        4 => new(i, $"app/api/r{i}/docs/[[...slug]]", $"/api/r{i}/docs/{{*slug}}",
        [
            new("GET", "Task<string>", false, "string? slug", "string? slug",
                "Task.FromResult(slug ?? \"index\")", false, Protection.None),
        ]),
        5 => new(i, $"app/api/(admin)/r{i}/stats", $"/api/r{i}/stats",
        [
            new("GET", "Stats", false, "Auth auth, [FromQuery] int? page", "ClaimsPrincipal user, [FromQuery] int? page",
                $"new Stats(page ?? 1, {i})", false, Protection.AdminRole),
        ]),
        _ => new(i, $"app/api/r{i}/users/[userId]", $"/api/r{i}/users/{{userId}}",
        [
            new("GET", "Item", false, "string userId, [FromQuery] int? limit", "string userId, [FromQuery] int? limit",
                "new Item(limit ?? 0, userId)", false, Protection.None),
            new("PATCH", "IResult", false, "string userId, NewItem change", "string userId, NewItem change",
                "Results.Ok(new Item(0, change.Name + userId))", false, Protection.None),
        ]),
    };

    /// <summary>Types the handlers share, in a file of both projects.</summary>
    public const string Models = """
        namespace Bench;

        public sealed record Item(int Id, string Name);
        public sealed record NewItem(string Name);
        public sealed record Stats(int Page, int Total);
        """;
}
