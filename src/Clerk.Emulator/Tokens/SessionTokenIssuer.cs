using System.Text.Json.Nodes;
using Clerk.Emulator.Api;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Models;
using Clerk.Emulator.Operations;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Tokens;

/// <summary>
/// Mints v2 session tokens shaped like Clerk's: RS256 with the instance key, <c>cat</c> of a session token, and the
/// claims <c>azp exp fva iat iss nbf sid sts sub v</c>, plus <c>o</c> when an organization is active and <c>fea</c>/<c>pla</c>
/// from permissions and plans.
/// </summary>
internal static class SessionTokenIssuer
{
    // Clerk's value, spelled here rather than taken from the runtime: the emulator stands in for Clerk and shares no
    // code with the verifier it is used to test, so a wrong constant on one side shows up as a failing test.
    private const string SessionCategory = "cl_B7d4PD111AAA";

    // Clerk back-dates nbf by ten seconds so a verifier whose clock runs slightly behind still accepts a fresh token.
    private const long NotBeforeLeewaySeconds = 10;

    public static async Task<string> IssueAsync(EmulatedInstance instance, string sessionId, TimeSpan? lifetime, CancellationToken cancellationToken)
    {
        var now = instance.NowMs();
        var context = await instance.Database.RunAsync(store => Load(store, sessionId, now), cancellationToken);
        var payload = Claims(instance, context, now, lifetime ?? instance.Options.SessionTokenLifetime);
        var (kid, key) = instance.Keys.Current;
        var header = new JsonObject { ["alg"] = "RS256", ["cat"] = SessionCategory, ["kid"] = kid, ["typ"] = "JWT" };
        return JwtWriter.SignRs256(header, payload, key);
    }

    /// <summary>An active session with what its claims need, read in one unit of work.</summary>
    internal sealed record SessionContext(
        Session Session, User User, Organization? Organization, Membership? Membership,
        Subscription? UserPlan = null, Subscription? OrganizationPlan = null);

    internal static SessionContext Load(StoreSession store, string sessionId, long now)
    {
        var session = SessionOperations.Get(store, sessionId);
        if (session.Status != "active" || session.ExpireAt <= now)
        {
            throw new ApiError(404, "resource_not_found", "not found", $"Session {sessionId} is not active.");
        }

        var user = UserOperations.Get(store, session.UserId);
        var organization = session.LastActiveOrganizationId is { } orgId ? store.Get(Tables.Organizations, orgId) : null;
        var membership = organization is null ? null : OrganizationOperations.FindMembership(store, organization.Id, user.Id);
        var userPlan = store.Get(Tables.Subscriptions, user.Id);
        return membership is null
            ? new SessionContext(session, user, null, null, userPlan)
            : new SessionContext(session, user, organization, membership, userPlan, store.Get(Tables.Subscriptions, organization!.Id));
    }

    private static JsonObject Claims(EmulatedInstance instance, SessionContext context, long nowMs, TimeSpan lifetime)
    {
        var iat = nowMs / 1000;
        var minutesSinceSignIn = Math.Max(0, (nowMs - context.Session.CreatedAt) / 60_000);
        var claims = new JsonObject();
        if (instance.Options.AuthorizedParty is { } azp)
        {
            claims["azp"] = azp;
        }

        claims["exp"] = iat + (long)lifetime.TotalSeconds;
        claims["fva"] = new JsonArray(minutesSinceSignIn, -1);
        claims["iat"] = iat;
        claims["iss"] = instance.Issuer;
        claims["nbf"] = iat - NotBeforeLeewaySeconds;
        claims["sid"] = context.Session.Id;
        claims["sts"] = "active";
        claims["sub"] = context.User.Id;
        claims["v"] = 2;
        // fea lists the user's features (u:) then the organization's (o:), whose order o.fpm follows.
        var features = context.UserPlan?.Features.Select(feature => "u:" + feature).ToList() ?? [];
        if (context is { Organization: { } organization, Membership: { } membership })
        {
            var role = instance.Roles.Find(membership.Role);
            var encoded = OrgPermissionsEncoder.Encode(role.Permissions, context.OrganizationPlan?.Features);
            var org = new JsonObject
            {
                ["id"] = organization.Id,
                ["slg"] = organization.Slug,
                ["rol"] = membership.Role.StartsWith("org:", StringComparison.Ordinal) ? membership.Role[4..] : membership.Role,
            };
            if (encoded is not null)
            {
                org["per"] = encoded.Per;
                org["fpm"] = encoded.Fpm;
                features.AddRange(encoded.Features.Select(f => "o:" + f));
            }

            claims["o"] = org;
        }

        if (features.Count > 0)
        {
            claims["fea"] = string.Join(',', features);
        }

        // Plans as Clerk Billing writes them: the user's, then the active organization's.
        var plans = new List<string>();
        if (context.UserPlan is { } userPlan)
        {
            plans.Add("u:" + userPlan.Plan);
        }
        if (context.OrganizationPlan is { } organizationPlan)
        {
            plans.Add("o:" + organizationPlan.Plan);
        }
        if (plans.Count > 0)
        {
            claims["pla"] = string.Join(',', plans);
        }

        return claims;
    }
}
