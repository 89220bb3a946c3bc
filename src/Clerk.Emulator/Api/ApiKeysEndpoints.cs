using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Api;

/// <summary>
/// <c>/v1/api_keys</c>: create (the only answer that carries the secret, besides <c>/secret</c>), list by subject,
/// get, update, delete, revoke, and <c>POST /v1/api_keys/verify</c>, which machine-token auth calls.
/// </summary>
internal static partial class ApiKeysEndpoints
{
    private static readonly EmulatorJsonContext Json = EmulatorJsonContext.Default;

    [GeneratedRegex(@"^(user|org|mch|scim)_\w{27}$")]
    private static partial Regex SubjectPattern();

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapPost("/api_keys", Create);
        v1.MapGet("/api_keys", List);
        v1.MapPost("/api_keys/verify", Verify);
        v1.MapGet("/api_keys/{apiKeyID}", Get);
        v1.MapPatch("/api_keys/{apiKeyID}", Update);
        v1.MapDelete("/api_keys/{apiKeyID}", Delete);
        v1.MapGet("/api_keys/{apiKeyID}/secret", Secret);
        v1.MapPost("/api_keys/{apiKeyID}/revoke", Revoke);
    }

    private static async Task<IResult> Create(HttpRequest request, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request,
            "type", "name", "description", "subject", "claims", "scopes", "created_by", "seconds_until_expiration");
        var name = body.RequiredString("name");
        var subject = Subject(body.RequiredString("subject"));
        var seconds = body.Number("seconds_until_expiration");
        if (seconds is <= 0)
        {
            throw ApiError.ValueInvalid("seconds_until_expiration", "seconds_until_expiration must be greater than 0.");
        }

        var now = instance.NowMs();
        var key = new ApiKey
        {
            Id = Ids.Hex("ak"),
            Type = body.String("type") ?? "api_key",
            Subject = subject,
            Name = name,
            Description = body.String("description"),
            Claims = body.Node("claims"),
            Scopes = body.Strings("scopes") ?? [],
            Secret = Ids.Secret("ak", 40),
            Expiration = seconds is { } s ? now + (long)(s * 1000) : null,
            CreatedBy = body.String("created_by"),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await instance.Database.RunAsync(store => store.Put(Tables.ApiKeys, key));
        return JsonResults.Ok(key, Json.ApiKey);
    }

    private static async Task<IResult> List(HttpRequest request, EmulatedInstance instance)
    {
        var subject = Subject(request.String("subject") ?? throw ApiError.Missing("subject"));
        var type = request.String("type") ?? "api_key";
        var includeInvalid = request.Bool("include_invalid") ?? false;
        var query = request.String("query");
        var page = request.Page(maxLimit: 100);
        var now = instance.NowMs();
        var result = await instance.Database.RunAsync(store =>
        {
            var keys = store.ByOwner(Tables.ApiKeys, subject)
                .Select(k => Public(k, now))
                .Where(k => k.Type == type)
                .Where(k => includeInvalid || (!k.Revoked && !k.Expired))
                .Where(k => query is null || k.Name.Contains(query, StringComparison.OrdinalIgnoreCase))
                .ToList();
            return new PagedList<ApiKey>(keys.Paged(page), keys.Count);
        });
        return JsonResults.Ok(result, Json.PagedListApiKey);
    }

    private static async Task<IResult> Get(string apiKeyID, EmulatedInstance instance)
    {
        var now = instance.NowMs();
        return JsonResults.Ok(Public(await instance.Database.RunAsync(store => Find(store, apiKeyID)), now), Json.ApiKey);
    }

    private static async Task<IResult> Secret(string apiKeyID, EmulatedInstance instance) =>
        JsonResults.Ok(new ApiKeySecret((await instance.Database.RunAsync(store => Find(store, apiKeyID))).Secret!), Json.ApiKeySecret);

    private static async Task<IResult> Update(HttpRequest request, string apiKeyID, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, "claims", "scopes", "description", "subject", "seconds_until_expiration");
        var now = instance.NowMs();
        var key = await instance.Database.RunAsync(store =>
        {
            var key = Find(store, apiKeyID);
            return store.Put(Tables.ApiKeys, key with
            {
                Claims = body.Has("claims") ? body.Node("claims") : key.Claims,
                Scopes = body.Strings("scopes") ?? key.Scopes,
                Description = body.Has("description") ? body.String("description") : key.Description,
                Subject = body.String("subject") is { } subject ? Subject(subject) : key.Subject,
                Expiration = body.Number("seconds_until_expiration") is { } s ? now + (long)(s * 1000) : key.Expiration,
                UpdatedAt = now,
            });
        });
        return JsonResults.Ok(Public(key, now), Json.ApiKey);
    }

    private static async Task<IResult> Delete(string apiKeyID, EmulatedInstance instance)
    {
        await instance.Database.RunAsync(store => store.Delete(Tables.ApiKeys, Find(store, apiKeyID).Id));
        return JsonResults.Ok(new DeletedObject("api_key", apiKeyID, true), Json.DeletedObject);
    }

    private static async Task<IResult> Revoke(HttpRequest request, string apiKeyID, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, "revocation_reason");
        var now = instance.NowMs();
        var key = await instance.Database.RunAsync(store =>
            store.Put(Tables.ApiKeys, Find(store, apiKeyID) with { Revoked = true, RevocationReason = body.String("revocation_reason"), UpdatedAt = now }));
        return JsonResults.Ok(Public(key, now), Json.ApiKey);
    }

    /// <summary>A secret that is unknown, revoked or expired does not verify: 404, so nothing is said about which.</summary>
    private static async Task<IResult> Verify(HttpRequest request, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, "secret");
        var secret = body.RequiredString("secret");
        var now = instance.NowMs();
        var key = await instance.Database.RunAsync(store =>
        {
            var key = store.All(Tables.ApiKeys).FirstOrDefault(k => SameSecret(k.Secret, secret));
            if (key is null || key.Revoked || key.Expiration <= now)
            {
                throw ApiError.NotFound("API key");
            }

            return store.Put(Tables.ApiKeys, key with { LastUsedAt = now });
        });
        return JsonResults.Ok(Public(key, now), Json.ApiKey);
    }

    private static string Subject(string subject) =>
        SubjectPattern().IsMatch(subject) ? subject : throw ApiError.FormatInvalid("subject", "subject must be a user, organization or machine id.");

    private static ApiKey Find(StoreSession store, string id) => store.Get(Tables.ApiKeys, id) ?? throw ApiError.NotFound("API key");

    private static ApiKey Public(ApiKey key, long now) => key with { Secret = null, Expired = key.Expiration <= now };

    internal static bool SameSecret(string? stored, string offered) =>
        stored is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(stored), Encoding.UTF8.GetBytes(offered));
}
