namespace RouteHandlers.App.Api.CurrentUser;

public sealed record CurrentUserFields(string UserId, string? Email, string? FirstName, string? LastName, string? Username);

// GET /api/current-user: the seed's `currentUser()`. The Backend User carries private metadata, so only the fields the
// client needs leave the server (returning the user itself is warning CLERK016): the page shows who is signed in by name.
public static class Route
{
    public static async Task<IResult> GET(Auth auth)
    {
        var user = await auth.CurrentUserAsync();

        if (!auth.IsAuthenticated || user is null)
        {
            return Results.Text("Unauthorized", statusCode: 401);
        }

        var primary = user.EmailAddresses.FirstOrDefault(email => email.Id == user.PrimaryEmailAddressId)
            ?? user.EmailAddresses.FirstOrDefault();
        var fields = new CurrentUserFields(user.Id, primary?.EmailAddress, user.FirstName, user.LastName, user.Username);
        return Results.Json(fields, AppJsonContext.Default.CurrentUserFields);
    }
}
