using Microsoft.AspNetCore.Http;

namespace Clerk.Endpoints;

/// <summary>The guard generated endpoints call for <see cref="ProtectedAttribute"/> handlers.</summary>
internal sealed class ClerkRouteGuard(ClerkAuthenticator authenticator, ProtectResponses responses) : IRouteGuard
{
    public async ValueTask<bool> AllowAsync(HttpContext context, ProtectedAttribute protection)
    {
        var auth = await authenticator.AuthenticateAsync(context);
        var outcome = ProtectDecision.Evaluate(auth, protection);
        if (outcome == ProtectOutcome.Allowed)
        {
            return true;
        }
        await responses.WriteAsync(context, outcome, protection);
        return false;
    }
}
