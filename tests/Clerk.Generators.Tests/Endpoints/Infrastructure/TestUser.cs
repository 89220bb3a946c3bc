using System.Security.Claims;

namespace Clerk.Generators.Tests.Endpoints.Infrastructure;

/// <summary>
/// Stands in for authentication: a request carrying <c>X-Test-User</c> is signed in as that user. The route guard
/// and the <see cref="ClaimsPrincipal"/> binding tests both read it.
/// </summary>
public static class TestUser
{
    public const string Header = "X-Test-User";

    /// <summary>Middleware that sets <see cref="HttpContext.User"/> from the header.</summary>
    public static Task SignIn(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Headers.TryGetValue(Header, out var name))
        {
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, name.ToString())], authenticationType: "test");
            context.User = new ClaimsPrincipal(identity);
        }
        return next(context);
    }

    /// <summary>True when the request is signed in.</summary>
    public static bool IsSignedIn(HttpContext context) => context.Request.Headers.ContainsKey(Header);
}
