using System.Text.Json.Nodes;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;
using Clerk.Emulator.Tokens;

namespace Clerk.Emulator.Api;

/// <summary>
/// <c>/v1/m2m_tokens</c>: create (for the instance's one emulated machine; Clerk would take a machine secret key),
/// list by subject, revoke, and <c>POST /v1/m2m_tokens/verify</c>. Opaque tokens start <c>mt_</c>; JWT-format
/// tokens are RS256 with the M2M <c>cat</c>.
/// </summary>
internal static class M2MTokensEndpoints
{
    private static readonly EmulatorJsonContext Json = EmulatorJsonContext.Default;
    private const string M2MCategory = "cl_B7d4PD333AAA";
    private const double DefaultLifetimeSeconds = 3600;

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapPost("/m2m_tokens", Create);
        v1.MapGet("/m2m_tokens", List);
        v1.MapPost("/m2m_tokens/verify", Verify);
        v1.MapPost("/m2m_tokens/{m2m_token_id}/revoke", Revoke);
    }

    private static async Task<IResult> Create(HttpRequest request, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, "token_format", "seconds_until_expiration", "claims", "min_remaining_ttl_seconds");
        var format = body.String("token_format") ?? "opaque";
        if (format is not ("opaque" or "jwt"))
        {
            throw ApiError.ValueInvalid("token_format", "token_format must be opaque or jwt.");
        }

        var seconds = body.Number("seconds_until_expiration") ?? DefaultLifetimeSeconds;
        if (seconds <= 0)
        {
            throw ApiError.ValueInvalid("seconds_until_expiration", "seconds_until_expiration must be greater than 0.");
        }

        var now = instance.NowMs();
        var id = Ids.Hex("mt");
        var expiration = now + (long)(seconds * 1000);
        var claims = body.Node("claims");
        var token = new M2MToken
        {
            Id = id,
            Subject = instance.Settings.MachineId,
            Claims = claims,
            Token = format == "jwt" ? Jwt(instance, id, claims, now, expiration) : Ids.Secret("mt", 40),
            Expiration = expiration,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await instance.Database.RunAsync(store => store.Put(Tables.M2MTokens, token));
        return JsonResults.Ok(token, Json.M2MToken, StatusCodes.Status201Created);
    }

    private static async Task<IResult> List(HttpRequest request, EmulatedInstance instance)
    {
        var subject = request.String("subject") ?? throw ApiError.Missing("subject");
        var revoked = request.Bool("revoked");
        var expired = request.Bool("expired");
        var page = request.Page(maxLimit: 100);
        var now = instance.NowMs();
        var result = await instance.Database.RunAsync(store =>
        {
            var tokens = store.ByOwner(Tables.M2MTokens, subject)
                .Select(t => Public(t, now))
                .Where(t => revoked is null || t.Revoked == revoked)
                .Where(t => expired is null || t.Expired == expired)
                .ToList();
            return new M2MTokenList(tokens.Paged(page), tokens.Count);
        });
        return JsonResults.Ok(result, Json.M2MTokenList);
    }

    private static async Task<IResult> Revoke(HttpRequest request, string m2m_token_id, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, "revocation_reason");
        var now = instance.NowMs();
        var token = await instance.Database.RunAsync(store =>
        {
            var token = store.Get(Tables.M2MTokens, m2m_token_id) ?? throw ApiError.NotFound("M2M token");
            return store.Put(Tables.M2MTokens, token with { Revoked = true, RevocationReason = body.String("revocation_reason"), UpdatedAt = now });
        });
        return JsonResults.Ok(Public(token, now), Json.M2MToken);
    }

    /// <summary>A token that is unknown, revoked or expired does not verify: 404.</summary>
    private static async Task<IResult> Verify(HttpRequest request, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, "token");
        var offered = body.RequiredString("token");
        var now = instance.NowMs();
        var token = await instance.Database.RunAsync(store =>
        {
            var token = store.All(Tables.M2MTokens).FirstOrDefault(t => ApiKeysEndpoints.SameSecret(t.Token, offered));
            if (token is null || token.Revoked || token.Expiration <= now)
            {
                throw ApiError.NotFound("M2M token");
            }

            return store.Put(Tables.M2MTokens, token with { LastUsedAt = now });
        });
        return JsonResults.Ok(Public(token, now), Json.M2MToken);
    }

    private static string Jwt(EmulatedInstance instance, string id, JsonNode? claims, long now, long expiration)
    {
        var payload = claims is JsonObject custom ? (JsonObject)custom.DeepClone() : [];
        payload["exp"] = expiration / 1000;
        payload["iat"] = now / 1000;
        payload["iss"] = instance.Issuer;
        payload["jti"] = id;
        payload["nbf"] = now / 1000 - 5;
        payload["sub"] = instance.Settings.MachineId;
        var (kid, key) = instance.Keys.Current;
        return JwtWriter.SignRs256(new JsonObject { ["alg"] = "RS256", ["cat"] = M2MCategory, ["kid"] = kid, ["typ"] = "JWT" }, payload, key);
    }

    private static M2MToken Public(M2MToken token, long now) => token with { Token = null, Expired = token.Expiration <= now };
}
