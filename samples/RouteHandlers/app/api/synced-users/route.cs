using Microsoft.AspNetCore.Mvc;

namespace RouteHandlers.App.Api.SyncedUsers;

// GET /api/synced-users (public): the users the webhooks copied into the app's own table.
public static class Route
{
    public static IReadOnlyList<SyncedUser> GET([FromServices] SyncedUserStore users) => users.All();
}
