using Clerk.BackendApi;

namespace RouteHandlers.App.Api.UpdateUser;

public sealed record PublicUser(string Id, string? FirstName, string? LastName, string? ImageUrl);

public sealed record UpdatedUser(PublicUser User);

// POST /api/update-user: the seed's `clerkClient().users.updateUser(userId, { firstName: 'John', lastName: 'Wick' })`.
// Signed out, the caller is sent to /sign-in (a 307, as NextResponse.redirect answers). The seed returns the whole
// user; this returns its public fields, since the Backend User's private metadata must not reach the browser.
public static class Route
{
    public static async Task<IResult> POST(Auth auth, ClerkClient clerk, HttpRequest request)
    {
        // Protect the endpoint from unauthenticated users
        if (!auth.IsAuthenticated)
        {
            return Results.Redirect($"{request.Scheme}://{request.Host}/sign-in", permanent: false, preserveMethod: true);
        }

        var user = await clerk.Users.UpdateUserAsync(auth.UserId!, new() { FirstName = "John", LastName = "Wick" });

        return Results.Json(new UpdatedUser(new PublicUser(user.Id, user.FirstName, user.LastName, user.ImageUrl)),
            AppJsonContext.Default.UpdatedUser);
    }
}
