using Clerk.BackendApi;

namespace Clerk.Caching;

/// <summary>
/// Evicts a cached user, on every instance, as soon as the Backend API has accepted a change to it through this app's
/// <see cref="ClerkClient"/> (update, metadata, ban, lock, delete: any successful write under <c>/users/{user_id}</c>),
/// so <see cref="Auth.CurrentUserAsync"/> never serves the user as it was before a change this app made.
/// </summary>
internal sealed class UserChangesHandler(ClerkCache cache) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode && cache.CachesUsers && request.Method != HttpMethod.Get && request.Method != HttpMethod.Head
            && ChangedUser(request) is { } userId)
        {
            await cache.ForgetUserAsync(userId).ConfigureAwait(false);
        }
        return response;
    }

    /// <summary>The user id of a request to <c>/users/{user_id}</c> or below it, from Refit's template and the URL.</summary>
    internal static string? ChangedUser(HttpRequestMessage request)
    {
        if (!BackendApiTelemetryHandler.Template(request).StartsWith("/users/{user_id}", StringComparison.Ordinal) || request.RequestUri is not { } uri)
        {
            return null;
        }
        // The base address always ends in /v1/ (ClerkBackendApiServices.BaseAddress), whatever prefix a proxy adds.
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i + 1 < segments.Length; i++)
        {
            if (segments[i] == "users" && segments[i - 1] == "v1")
            {
                return Uri.UnescapeDataString(segments[i + 1]);
            }
        }
        return null;
    }
}
