using Clerk;
using Clerk.OpenApi;
using Microsoft.AspNetCore.OpenApi;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Clerk on <see cref="OpenApiOptions"/>: <c>builder.Services.AddOpenApi(o =&gt; o.AddClerkSecurity())</c>. In the
/// namespace of <c>AddOpenApi</c>, so the call needs no using.
/// </summary>
public static class ClerkOpenApiOptionsExtensions
{
    /// <summary>
    /// Documents Clerk's security schemes (a bearer token, or the <c>__session</c> cookie that Clerk's frontend sets)
    /// and requires them on every operation whose endpoint is <see cref="ProtectedAttribute"/>, with the answers
    /// Clerk gives there: 404 when signed out or not authorized (Clerk hides the route), 401 for a token of a type
    /// the handler does not accept.
    /// </summary>
    public static OpenApiOptions AddClerkSecurity(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddDocumentTransformer(ClerkSecurity.AddSchemesAsync);
        options.AddOperationTransformer(ClerkSecurity.RequireOnProtectedAsync);
        return options;
    }
}
