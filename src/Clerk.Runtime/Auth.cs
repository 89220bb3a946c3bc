using Clerk.Authorization;
using Clerk.BackendApi;
using Clerk.Verification.Claims;

namespace Clerk;

/// <summary>
/// Who is calling: the C# form of Clerk's <c>auth()</c> object. Computed once per request from the session token
/// (the <c>Authorization: Bearer</c> header, else the <c>__session</c> cookie) and shared by the route guard, the
/// handler and any middleware. Take it as a handler parameter (<c>Auth auth</c>).
/// </summary>
public sealed class Auth
{
    private readonly SessionClaims? claims;
    private readonly string? token;
    private readonly IAuthBackend? backend;
    private Task<User>? currentUser;
    private object? currentUserLock;

    internal Auth(
        TokenTypes? tokenType, string? token, SessionClaims? claims, string? failureReason,
        MachineIdentity? machine = null, IAuthBackend? backend = null)
    {
        TokenType = tokenType;
        this.token = token;
        this.claims = claims;
        FailureReason = failureReason;
        Machine = machine;
        this.backend = backend;
    }

    /// <summary>A request that carried no token.</summary>
    internal static Auth SignedOut { get; } = new(null, null, null, null);

    /// <summary>
    /// True for a verified, active session or a verified machine token. A <c>pending</c> session (a user who still
    /// has to choose an organization, say) counts as signed out, as in Clerk.
    /// </summary>
    public bool IsAuthenticated => Machine is not null || IsSignedInSession;

    private bool IsSignedInSession => claims is not null && claims.SessionStatus != "pending";

    /// <summary>The kind of token the request carried, or null when it carried none.</summary>
    public TokenTypes? TokenType { get; }

    /// <summary>
    /// The signed-in user's id (<c>user_...</c>), or null. For a machine token, its subject when that is a user (an
    /// API key or OAuth access token issued to a user).
    /// </summary>
    public string? UserId => IsSignedInSession ? claims!.Subject : Machine?.UserId;

    /// <summary>The verified machine token's identity (API key, M2M or OAuth access token), or null.</summary>
    public MachineIdentity? Machine { get; }

    /// <summary>The calling machine's id (<c>mch_...</c>) for a verified M2M token (or a machine's API key), or null.</summary>
    public string? MachineId => Machine?.MachineId;

    /// <summary>The session id (<c>sess_...</c>), or null.</summary>
    public string? SessionId => IsSignedInSession ? claims!.SessionId : null;

    /// <summary>The session's status claim: <c>active</c> or <c>pending</c> (null without a verified session).</summary>
    public string? SessionStatus => claims is null ? null : claims.SessionStatus ?? "active";

    /// <summary>Every verified claim of the session token, or null when signed out.</summary>
    public SessionClaims? SessionClaims => IsSignedInSession ? claims : null;

    /// <summary>The active organization's id, or null.</summary>
    public string? OrgId => IsSignedInSession ? claims!.OrgId : Machine?.OrgId;

    /// <summary>The caller's role in the active organization (<c>org:admin</c>), or null.</summary>
    public string? OrgRole => IsSignedInSession ? claims!.OrgRole : null;

    /// <summary>The active organization's slug, or null.</summary>
    public string? OrgSlug => IsSignedInSession ? claims!.OrgSlug : null;

    /// <summary>The caller's permissions in the active organization (empty when none).</summary>
    public IReadOnlyList<string> OrgPermissions => IsSignedInSession ? claims!.OrgPermissions : [];

    /// <summary>Minutes since the first and second factor were verified (-1: never), or null.</summary>
    public IReadOnlyList<int>? FactorVerificationAge => IsSignedInSession ? claims!.FactorVerificationAge : null;

    /// <summary>The impersonator when the session is an impersonation, or null.</summary>
    public ActorClaims? Actor => IsSignedInSession ? claims!.Actor : null;

    /// <summary>Why the request's token was refused (one of <c>TokenVerificationReasons</c>), or null.</summary>
    internal string? FailureReason { get; }

    /// <summary>
    /// Clerk's <c>has()</c>: true when the caller is signed in and passes every check given. Role and permission
    /// need an active organization (<c>admin</c> equals <c>org:admin</c>); features and plans may be scoped
    /// <c>u:</c> or <c>o:</c>; reverification takes a preset (<c>strict_mfa</c>, <c>strict</c>, <c>moderate</c>,
    /// <c>lax</c>). Stricter than Clerk's: every dimension must pass, and one that cannot be decided fails. A machine
    /// token has no session claims to check, so it never passes.
    /// </summary>
    public bool Has(string? role = null, string? permission = null, string? feature = null, string? plan = null, string? reverification = null) =>
        IsSignedInSession && AuthorizationCheck.Has(claims!, role, permission, feature, plan, reverification);

    /// <summary>
    /// Clerk's <c>auth.protect()</c>: returns when the caller passes, otherwise throws a
    /// <see cref="ProtectException"/> that Clerk turns into the response (404, 401 or a redirect) — in generated
    /// route handlers on its own, elsewhere through <c>app.UseClerk()</c>.
    /// </summary>
    public void Protect(
        string? role = null, string? permission = null, string? feature = null, string? plan = null, string? reverification = null,
        TokenTypes token = TokenTypes.SessionToken, string? unauthenticatedUrl = null, string? unauthorizedUrl = null)
    {
        var requirements = new ProtectedAttribute
        {
            Role = role, Permission = permission, Feature = feature, Plan = plan, Reverification = reverification,
            Token = token, UnauthenticatedUrl = unauthenticatedUrl, UnauthorizedUrl = unauthorizedUrl,
        };
        var outcome = ProtectDecision.Evaluate(this, requirements);
        if (outcome != ProtectOutcome.Allowed)
        {
            throw new ProtectException(outcome, requirements);
        }
    }

    /// <summary>
    /// Clerk's <c>getToken()</c>: the request's own session token when <paramref name="template"/> is null (no network);
    /// otherwise a token from the JWT template of that name (<c>POST /v1/sessions/{sid}/tokens/{template}</c>), kept
    /// per session and template and served again until shortly before it expires, since each call counts against the
    /// Backend API's rate limit. Null when no session is signed in.
    /// </summary>
    /// <param name="template">The JWT template's name (for example <c>supabase</c>), or null for the session token.</param>
    /// <param name="expiresInSeconds">The template token's lifetime, when it should differ from the template's.</param>
    /// <param name="ct">Cancels the wait (a call already on its way is finished and kept for the next caller).</param>
    /// <exception cref="BackendApi.ClerkApiException">The Backend API refused (an unknown template, say).</exception>
    /// <exception cref="InvalidOperationException">A template was asked for, but Clerk has no secret key to call the Backend API with.</exception>
    public async ValueTask<string?> GetTokenAsync(string? template = null, int? expiresInSeconds = null, CancellationToken ct = default)
    {
        if (!IsSignedInSession)
        {
            return null;
        }
        if (template is null)
        {
            return token;
        }
        if (claims!.SessionId is not { } sessionId)
        {
            // A v1 token without sid cannot name the session a template token would be minted for.
            return null;
        }
        return await Backend.GetTemplateTokenAsync(sessionId, template, expiresInSeconds, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Clerk's <c>currentUser()</c>: the signed-in user from the Backend API (<c>GET /v1/users/{id}</c>), fetched at
    /// most once per request however often it is called, or null when no session is signed in (machine tokens
    /// included). It carries <c>PrivateMetadata</c>: never return it from a handler as it is (warning CLERK016).
    /// </summary>
    /// <param name="ct">Cancels the wait (the request itself, if shared, runs on for the next caller).</param>
    /// <exception cref="BackendApi.ClerkApiException">The Backend API refused (the user was deleted, say).</exception>
    /// <exception cref="InvalidOperationException">Clerk has no secret key to call the Backend API with.</exception>
    public async ValueTask<User?> CurrentUserAsync(CancellationToken ct = default)
    {
        if (!IsSignedInSession)
        {
            return null;
        }
        // One call for the whole request: whoever asks first starts it, everyone else awaits the same task.
        var call = LazyInitializer.EnsureInitialized(ref currentUser, ref currentUserLock,
            () => Backend.GetUserAsync(claims!.Subject, CancellationToken.None));
        return await call.WaitAsync(ct).ConfigureAwait(false);
    }

    private IAuthBackend Backend => backend ?? throw new InvalidOperationException(
        "This needs Clerk's Backend API, which needs a secret key: set CLERK_SECRET_KEY (or Clerk:SecretKey).");
}
