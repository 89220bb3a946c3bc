using Microsoft.AspNetCore.Mvc;

namespace RouteHandlers.App.Api.Users.Id;

public sealed record User(int Id, string Name);

public sealed record UserUpdate(string Name);

// /api/users/{id}: the route value binds as an int; a value that does not parse is a 400.
public static class Route
{
    public static User GET(int id, [FromQuery] string? name) => new(id, name ?? "Ada");

    public static async Task<IResult> PUT(int id, UserUpdate update, CancellationToken cancellationToken)
    {
        await Task.Yield();
        return Results.Ok(new User(id, update.Name));
    }

    public static void DELETE(int id)
    {
    }
}
