using Clerk.Diagnostics;
using Clerk.Verification;
using Microsoft.AspNetCore.Http;

namespace Clerk.Endpoints;

/// <summary>
/// Computes a request's <see cref="Auth"/> once and keeps it on the request's features, so the guard, the handler
/// and any middleware share one verification.
/// </summary>
internal sealed class ClerkAuthenticator(
    ISessionTokenVerifier verifier, string? publishableKey,
    IMachineTokenVerifier? machineTokens = null, IAuthBackend? backend = null)
{
    private readonly TokenSource tokens = new(publishableKey);

    public ValueTask<Auth> AuthenticateAsync(HttpContext context) =>
        context.Features.Get<AuthFeature>() is { } known ? ValueTask.FromResult(known.Auth) : AuthenticateNewAsync(context);

    private async ValueTask<Auth> AuthenticateNewAsync(HttpContext context)
    {
        var (token, type) = tokens.Find(context.Request);
        Auth auth;
        if (token.IsEmpty)
        {
            auth = Auth.SignedOut;
        }
        else if (type is { } machineType && machineType != TokenTypes.SessionToken)
        {
            // Opaque: only the Backend API can verify it. Without a client (no secret key) it is recognised, so a
            // session-only route still answers 401, but never authenticated.
            var text = token.ToString();
            (MachineIdentity? identity, string? reason) = machineTokens is null
                ? (null, TokenVerificationReasons.TokenInvalid)
                : await machineTokens.VerifyAsync(machineType, text, context.RequestAborted);
            auth = new Auth(type, text, null, reason, identity);
        }
        else
        {
            var result = await verifier.VerifyAsync(token, context.RequestAborted);
            // A verified token's own string (the cached one on a hit); a refused token is copied out of the header.
            auth = new Auth(TokenTypes.SessionToken, result.VerifiedToken ?? token.ToString(), result.Claims, result.Reason, backend: backend);
        }
        if (!token.IsEmpty)
        {
            ClerkTelemetry.Verifications.Add(1, new KeyValuePair<string, object?>("clerk.token.type", TokenTypeName(type ?? TokenTypes.SessionToken)),
                new KeyValuePair<string, object?>("clerk.outcome", auth.IsAuthenticated ? "verified" : auth.FailureReason ?? "pending"));
        }
        context.Features.Set(new AuthFeature(auth));
        return auth;
    }

    private static string TokenTypeName(TokenTypes type) => type switch
    {
        TokenTypes.ApiKey => "api_key",
        TokenTypes.M2MToken => "m2m_token",
        TokenTypes.OAuthToken => "oauth_token",
        _ => "session_token",
    };

    private sealed record AuthFeature(Auth Auth);
}
