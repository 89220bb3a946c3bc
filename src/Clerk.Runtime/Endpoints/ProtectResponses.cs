using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Net.Http.Headers;

namespace Clerk.Endpoints;

/// <summary>
/// Writes what Clerk's <c>protect()</c> answers. Never 403: signed out and unauthorized are both a 404 with an
/// empty body (nothing tells a probe that the route exists), a browser navigation is sent to sign in, and a token
/// of the wrong kind is a 401.
/// </summary>
internal sealed class ProtectResponses(string signInUrl)
{
    public Task WriteAsync(HttpContext context, ProtectOutcome outcome, ProtectedAttribute requirements)
    {
        var response = context.Response;
        switch (outcome)
        {
            case ProtectOutcome.Unusable:
                response.StatusCode = StatusCodes.Status401Unauthorized;
                break;
            case ProtectOutcome.Unauthenticated when requirements.UnauthenticatedUrl is { } url:
                Redirect(response, url);
                break;
            case ProtectOutcome.Unauthenticated when IsDocumentRequest(context.Request):
                Redirect(response, SignInRedirect(context.Request));
                break;
            case ProtectOutcome.Unauthorized when requirements.UnauthorizedUrl is { } url:
                Redirect(response, url);
                break;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
        return Task.CompletedTask;
    }

    /// <summary>A page load (or an iframe) rather than a fetch: Clerk redirects those to sign in.</summary>
    internal static bool IsDocumentRequest(HttpRequest request)
    {
        var destination = request.Headers["Sec-Fetch-Dest"].ToString();
        if (destination is "document" or "iframe")
        {
            return true;
        }
        return request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    private string SignInRedirect(HttpRequest request)
    {
        var separator = signInUrl.Contains('?') ? '&' : '?';
        return signInUrl + separator + "redirect_url=" + Uri.EscapeDataString(request.GetEncodedUrl());
    }

    // 307, as Next.js's redirect() from a route handler: the method and body are kept.
    private static void Redirect(HttpResponse response, string location)
    {
        response.StatusCode = StatusCodes.Status307TemporaryRedirect;
        response.Headers[HeaderNames.Location] = location;
    }

    /// <summary>
    /// The sign-in URL: the configured one, else the instance's Account Portal derived from the publishable key
    /// (<c>pk_test_</c> + base64 of the Frontend API host + <c>$</c>), else <c>/sign-in</c>.
    /// </summary>
    internal static string SignInUrl(string? configuredUrl, string? publishableKey)
    {
        if (configuredUrl is { } configured)
        {
            return configured;
        }
        if (FrontendApi(publishableKey) is { } frontendApi)
        {
            // clerk.example.com → accounts.example.com; xyz.clerk.accounts.dev → xyz.accounts.dev
            var accounts = frontendApi.StartsWith("clerk.", StringComparison.Ordinal)
                ? "accounts." + frontendApi["clerk.".Length..]
                : frontendApi.Replace(".clerk.accounts.", ".accounts.", StringComparison.Ordinal);
            return $"https://{accounts}/sign-in";
        }
        return "/sign-in";
    }

    private static string? FrontendApi(string? publishableKey)
    {
        if (publishableKey is null)
        {
            return null;
        }
        var prefixEnd = publishableKey.StartsWith("pk_test_", StringComparison.Ordinal) || publishableKey.StartsWith("pk_live_", StringComparison.Ordinal) ? 8 : -1;
        if (prefixEnd < 0)
        {
            return null;
        }
        try
        {
            var encoded = publishableKey[prefixEnd..];
            encoded = encoded.PadRight(encoded.Length + (4 - encoded.Length % 4) % 4, '=');
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            return decoded.EndsWith('$') && decoded.Length > 1 ? decoded[..^1] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
