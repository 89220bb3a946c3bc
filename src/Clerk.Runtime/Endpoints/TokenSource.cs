using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Clerk.Endpoints;

/// <summary>
/// Where a request's token is, as Clerk reads it: <c>Authorization: Bearer</c> wins (and the cookie is then
/// ignored); otherwise the <c>__session</c> cookie, preferring the instance's suffixed <c>__session_xxxxxxxx</c>.
/// Machine tokens (<c>ak_</c>, <c>mt_</c>, <c>oat_</c>) are only taken from the header.
/// </summary>
internal sealed class TokenSource(string? publishableKey)
{
    private const string SessionCookie = "__session";

    private readonly string? suffixedCookie = publishableKey is null ? null : SessionCookie + "_" + CookieSuffix(publishableKey);

    /// <summary>
    /// The token, as a slice of the header (or the cookie's value) rather than a copy: a token the verifier has cached
    /// then costs no string per request. Empty when the request carries none.
    /// </summary>
    public (ReadOnlyMemory<char> Token, TokenTypes? Type) Find(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length > 0)
        {
            if (!authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return (default, null);
            }
            var token = authorization.AsMemory("Bearer ".Length).Trim();
            return token.IsEmpty ? (default, null) : (token, TypeOf(token.Span));
        }
        var cookie = (suffixedCookie is null ? null : request.Cookies[suffixedCookie]) ?? request.Cookies[SessionCookie];
        return string.IsNullOrEmpty(cookie) ? (default, null) : (cookie.AsMemory(), TokenTypes.SessionToken);
    }

    private static TokenTypes TypeOf(ReadOnlySpan<char> token) =>
        token.StartsWith("ak_", StringComparison.Ordinal) ? TokenTypes.ApiKey
        : token.StartsWith("mt_", StringComparison.Ordinal) ? TokenTypes.M2MToken
        : token.StartsWith("oat_", StringComparison.Ordinal) ? TokenTypes.OAuthToken
        : TokenTypes.SessionToken;

    /// <summary>The first 8 characters of base64url(SHA-1(publishable key)), as Clerk's SDKs compute it.</summary>
    internal static string CookieSuffix(string publishableKey) =>
        Convert.ToBase64String(SHA1.HashData(Encoding.UTF8.GetBytes(publishableKey)))
            .Replace('+', '-').Replace('/', '_')[..8];
}
