using Refit;

namespace Clerk.BackendApi;

/// <summary>The Backend API's users (<c>/v1/users</c>).</summary>
public interface IUsersApi
{
    /// <summary>Lists users, newest first, filtered and paged by <paramref name="query"/> (<c>GET /users</c>).</summary>
    [Get("/users")]
    Task<IReadOnlyList<User>> ListUsersAsync([Query] UserListQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>Counts the users that match <paramref name="filter"/> (<c>GET /users/count</c>).</summary>
    [Get("/users/count")]
    Task<TotalCount> CountUsersAsync([Query] UserFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>Gets a user (<c>GET /users/{user_id}</c>).</summary>
    [Get("/users/{user_id}")]
    Task<User> GetUserAsync([AliasAs("user_id")] string userId, CancellationToken cancellationToken = default);

    /// <summary>Creates a user (<c>POST /users</c>).</summary>
    [Post("/users")]
    Task<User> CreateUserAsync([Body] CreateUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes the properties set in <paramref name="request"/> and nothing else (<c>PATCH /users/{user_id}</c>).</summary>
    [Patch("/users/{user_id}")]
    Task<User> UpdateUserAsync([AliasAs("user_id")] string userId, [Body] UpdateUserRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a user (<c>DELETE /users/{user_id}</c>).</summary>
    [Delete("/users/{user_id}")]
    Task<DeletedObject> DeleteUserAsync([AliasAs("user_id")] string userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Deep-merges metadata into the user's (<c>PATCH /users/{user_id}/metadata</c>): keys you send are set, a key set
    /// to JSON <c>null</c> is deleted, other keys stay.
    /// </summary>
    [Patch("/users/{user_id}/metadata")]
    Task<User> MergeUserMetadataAsync([AliasAs("user_id")] string userId, [Body] UserMetadataRequest request, CancellationToken cancellationToken = default);

    /// <summary>Replaces each kind of metadata you send (<c>PUT /users/{user_id}/metadata</c>).</summary>
    [Put("/users/{user_id}/metadata")]
    Task<User> ReplaceUserMetadataAsync([AliasAs("user_id")] string userId, [Body] UserMetadataRequest request, CancellationToken cancellationToken = default);

    /// <summary>Bans a user: they cannot sign in and their sessions end (<c>POST /users/{user_id}/ban</c>).</summary>
    [Post("/users/{user_id}/ban")]
    Task<User> BanUserAsync([AliasAs("user_id")] string userId, CancellationToken cancellationToken = default);

    /// <summary>Lifts a ban (<c>POST /users/{user_id}/unban</c>).</summary>
    [Post("/users/{user_id}/unban")]
    Task<User> UnbanUserAsync([AliasAs("user_id")] string userId, CancellationToken cancellationToken = default);

    /// <summary>Locks a user out (<c>POST /users/{user_id}/lock</c>).</summary>
    [Post("/users/{user_id}/lock")]
    Task<User> LockUserAsync([AliasAs("user_id")] string userId, CancellationToken cancellationToken = default);

    /// <summary>Ends a lockout (<c>POST /users/{user_id}/unlock</c>).</summary>
    [Post("/users/{user_id}/unlock")]
    Task<User> UnlockUserAsync([AliasAs("user_id")] string userId, CancellationToken cancellationToken = default);
}
