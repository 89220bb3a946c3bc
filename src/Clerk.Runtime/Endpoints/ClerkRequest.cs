using System.ComponentModel;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Clerk.Endpoints;

/// <summary>Clerk's view of an HTTP request, for code that is not a generated route handler (middleware, minimal APIs).</summary>
public static class ClerkRequest
{
    /// <summary>The request's <see cref="Auth"/>, computed once per request.</summary>
    /// <exception cref="InvalidOperationException"><c>AddClerk()</c> was not called.</exception>
    public static ValueTask<Auth> GetAuthAsync(HttpContext context) =>
        (context.RequestServices.GetService<ClerkAuthenticator>()
            ?? throw new InvalidOperationException("Clerk is not configured: call builder.Services.AddClerk() before builder.Build()."))
        .AuthenticateAsync(context);

    /// <summary>Writes the response for a failed <see cref="Auth.Protect"/> (404, 401 or a redirect).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Task DenyAsync(HttpContext context, ProtectException denied) =>
        context.RequestServices.GetRequiredService<ProtectResponses>().WriteAsync(context, denied.Outcome, denied.Requirements);
}
