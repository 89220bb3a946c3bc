using Clerk.BackendApi;

namespace Clerk.Runtime.Tests.App.Api.Session.Profile;

// The seed's update example: a ClerkClient parameter comes from DI even beside a JSON body (never "which is the body?").
public static class Route
{
    [Protected]
    public static async Task<IResult> POST(Auth auth, ClerkClient clerk, NameChange change)
    {
        var user = await clerk.Users.UpdateUserAsync(auth.UserId!, new() { FirstName = change.FirstName, LastName = change.LastName });
        return Results.Json(new { user.Id, user.FirstName, user.LastName });
    }
}

public sealed record NameChange(string FirstName, string LastName);
