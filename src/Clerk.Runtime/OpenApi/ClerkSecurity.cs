using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Clerk.OpenApi;

/// <summary>The transformers <see cref="ClerkOpenApiOptionsExtensions.AddClerkSecurity"/> adds.</summary>
internal static class ClerkSecurity
{
    /// <summary>The scheme of a session, API key, M2M or OAuth token sent as <c>Authorization: Bearer</c>.</summary>
    public const string BearerScheme = "Clerk";

    /// <summary>The scheme of the session token in the cookie Clerk's frontend SDKs set.</summary>
    public const string CookieScheme = "ClerkSessionCookie";

    public static Task AddSchemesAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A Clerk session token (or, where the handler accepts them, an API key, M2M or OAuth token).",
        };
        document.Components.SecuritySchemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = "__session",
            Description = "The session token in the cookie Clerk's frontend SDKs set on the app's domain.",
        };
        return Task.CompletedTask;
    }

    public static Task RequireOnProtectedAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<ProtectedAttribute>().Any())
        {
            return Task.CompletedTask;
        }
        // Two requirements: either scheme is enough.
        operation.Security ??= [];
        operation.Security.Add(Requirement(BearerScheme, context.Document));
        operation.Security.Add(Requirement(CookieScheme, context.Document));
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse
        {
            Description = "The token is of a type this handler does not accept.",
        });
        operation.Responses.TryAdd("404", new OpenApiResponse
        {
            Description = "Signed out, or not authorized: Clerk answers as if the route did not exist.",
        });
        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiDocument? document) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };
}
