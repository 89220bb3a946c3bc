using Clerk.Verification;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Clerk.Hosting;

/// <summary>
/// Computes a request's <see cref="Auth"/> once and keeps it on the request's features, so the guard, the handler
/// and any middleware share one verification.
/// </summary>
internal sealed class ClerkAuthenticator(ISessionTokenVerifier verifier, IOptions<ClerkOptions> options)
{
    private readonly TokenSource tokens = new(options.Value.PublishableKey);

    public ValueTask<Auth> AuthenticateAsync(HttpContext context) =>
        context.Features.Get<AuthFeature>() is { } known ? ValueTask.FromResult(known.Auth) : AuthenticateNewAsync(context);

    private async ValueTask<Auth> AuthenticateNewAsync(HttpContext context)
    {
        var (token, type) = tokens.Find(context.Request);
        Auth auth;
        if (token is null)
        {
            auth = Auth.SignedOut;
        }
        else if (type != TokenTypes.SessionToken)
        {
            // Machine tokens are verified by the Backend API's verify endpoints, which this version does not call:
            // they are recognised (so a session-only route answers 401) but never authenticated.
            auth = new Auth(type, token, null, null);
        }
        else
        {
            var result = await verifier.VerifyAsync(token, context.RequestAborted);
            auth = new Auth(TokenTypes.SessionToken, token, result.Claims, result.Reason);
        }
        context.Features.Set(new AuthFeature(auth));
        return auth;
    }

    private sealed record AuthFeature(Auth Auth);
}
