using Microsoft.AspNetCore.Http;

namespace Clerk.Endpoints;

/// <summary>
/// Decides whether a <see cref="ProtectedAttribute"/> handler may run for a request. Generated endpoints call it
/// before binding any parameter; Clerk's implementation is registered by <c>AddClerk()</c>.
/// </summary>
public interface IRouteGuard
{
    /// <summary>
    /// Returns true to let the handler run. Returns false after writing the response itself (404, 401 or a redirect).
    /// </summary>
    ValueTask<bool> AllowAsync(HttpContext context, ProtectedAttribute protection);
}
