using Clerk.Emulator.Seeding;

namespace Clerk.Emulator.Development;

/// <summary>
/// <c>POST {sign-in}/reset-users</c>: the seeded users get back the names the seed gave them (204), so a demo that
/// renames them, such as a <c>users.updateUser()</c> example, runs the same the next time without restarting the app.
/// Only a POST, so a link or a prefetch never changes data; like the sign-in page, it exists only in Development.
/// </summary>
internal sealed class SeededNamesReset(ClerkEmulator emulator)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = HttpMethods.Post;
            return;
        }

        if (emulator.Seed is { } seed)
        {
            await Seeder.RestoreNamesAsync(emulator.Instance, seed, context.RequestAborted);
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
