using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;
using Clerk.Emulator.Operations;
using Clerk.Emulator.Storage;
using Clerk.Emulator.Tokens;

namespace Clerk.Emulator.Api;

/// <summary><c>/v1/sessions</c>: create (testing only in Clerk), list, get, revoke, and mint tokens.</summary>
internal static class SessionsEndpoints
{
    private static readonly EmulatorJsonContext Json = EmulatorJsonContext.Default;

    private static readonly string[] Statuses = ["abandoned", "active", "ended", "expired", "removed", "replaced", "revoked", "pending"];

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/sessions", List);
        v1.MapPost("/sessions", Create);
        v1.MapGet("/sessions/{session_id}", Get);
        v1.MapPost("/sessions/{session_id}/revoke", Revoke);
        v1.MapPost("/sessions/{session_id}/tokens", CreateToken);
        v1.MapPost("/sessions/{session_id}/tokens/{template_name}", CreateTemplateToken);
    }

    private static async Task<IResult> List(HttpRequest request, EmulatedInstance instance)
    {
        var page = request.Page();
        var userId = request.String("user_id");
        var clientId = request.String("client_id");
        var status = request.String("status");
        if (status is not null && !Statuses.Contains(status))
        {
            throw ApiError.ValueInvalid("status", $"status must be one of {string.Join(", ", Statuses)}.");
        }

        var now = instance.NowMs();
        var sessions = await instance.Database.RunAsync(store =>
            (userId is null ? store.All(Tables.Sessions) : store.ByOwner(Tables.Sessions, userId))
                .Select(s => Current(s, now))
                .Where(s => clientId is null || s.ClientId == clientId)
                .Where(s => status is null || s.Status == status)
                .Paged(page));
        return JsonResults.Ok(sessions, Json.ListSession);
    }

    private static async Task<IResult> Create(HttpRequest request, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, "user_id", "active_organization_id");
        var userId = body.RequiredString("user_id");
        var organizationId = body.String("active_organization_id");
        var now = instance.NowMs();
        var session = await instance.Database.RunAsync(store => SessionOperations.Create(store, userId, organizationId, now));
        return JsonResults.Ok(session, Json.Session);
    }

    private static async Task<IResult> Get(string session_id, EmulatedInstance instance)
    {
        var now = instance.NowMs();
        var session = await instance.Database.RunAsync(store => Current(SessionOperations.Get(store, session_id), now));
        return JsonResults.Ok(session, Json.Session);
    }

    private static async Task<IResult> Revoke(string session_id, EmulatedInstance instance)
    {
        var now = instance.NowMs();
        var session = await instance.Database.RunAsync(store =>
        {
            var session = SessionOperations.Get(store, session_id);
            return store.Put(Tables.Sessions, session with { Status = "revoked", UpdatedAt = now });
        });
        return JsonResults.Ok(session, Json.Session);
    }

    private static async Task<IResult> CreateToken(HttpRequest request, string session_id, EmulatedInstance instance)
    {
        var expiresIn = await ExpiresInSecondsAsync(request);
        var jwt = await SessionTokenIssuer.IssueAsync(instance, session_id, expiresIn is { } s ? TimeSpan.FromSeconds(s) : null, request.HttpContext.RequestAborted);
        return JsonResults.Ok(new TokenResponse(jwt), Json.TokenResponse);
    }

    private static async Task<IResult> CreateTemplateToken(HttpRequest request, string session_id, string template_name, EmulatedInstance instance)
    {
        var expiresIn = await ExpiresInSecondsAsync(request);
        var jwt = await TemplateTokenIssuer.IssueAsync(instance, session_id, template_name, expiresIn, request.HttpContext.RequestAborted);
        return JsonResults.Ok(new TokenResponse(jwt), Json.TokenResponse);
    }

    private static async Task<long?> ExpiresInSecondsAsync(HttpRequest request)
    {
        var body = await RequestBody.ReadAsync(request, "expires_in_seconds");
        var seconds = body.Long("expires_in_seconds");
        if (seconds is < 30 or > 315_360_000)
        {
            throw ApiError.ValueInvalid("expires_in_seconds", "expires_in_seconds must be between 30 and 315360000.");
        }

        return seconds;
    }

    /// <summary>A session past its expiry reads as expired, as Clerk reports it, without a background sweep.</summary>
    private static Session Current(Session session, long now) =>
        session.Status == "active" && session.ExpireAt <= now ? session with { Status = "expired" } : session;
}
