namespace Clerk;

/// <summary>
/// Told when a user changed at Clerk (a verified <c>user.updated</c> or <c>user.deleted</c> webhook), so a cached copy
/// is dropped everywhere. The caching layer implements it; webhook verification, below it, only calls it.
/// </summary>
internal interface IUserChanges
{
    ValueTask UserChangedAsync(string userId);
}
