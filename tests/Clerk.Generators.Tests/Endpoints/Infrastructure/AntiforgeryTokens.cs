using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Clerk.Generators.Tests.Endpoints.Infrastructure;

/// <summary>A valid antiforgery pair for a signed-out caller of an app that called <c>AddAntiforgery()</c>.</summary>
public sealed record AntiforgeryTokens(string Cookie, string FieldName, string HeaderName, string Token)
{
    /// <summary>New tokens from the app's own antiforgery service, as a page that renders a form would get them.</summary>
    public static AntiforgeryTokens For(IServiceProvider services)
    {
        var antiforgery = services.GetRequiredService<IAntiforgery>();
        var cookieName = services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name;
        var tokens = antiforgery.GetTokens(new DefaultHttpContext { RequestServices = services });
        return new($"{cookieName}={tokens.CookieToken}", tokens.FormFieldName, tokens.HeaderName!, tokens.RequestToken!);
    }
}
