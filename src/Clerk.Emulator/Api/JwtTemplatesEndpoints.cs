using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;
using Clerk.Emulator.Tokens;

namespace Clerk.Emulator.Api;

/// <summary><c>/v1/jwt_templates</c>: CRUD. The signing key is kept but never returned.</summary>
internal static class JwtTemplatesEndpoints
{
    private static readonly EmulatorJsonContext Json = EmulatorJsonContext.Default;

    private static readonly string[] Params =
        ["name", "claims", "lifetime", "allowed_clock_skew", "custom_signing_key", "signing_algorithm", "signing_key"];

    private static readonly string[] Algorithms = ["RS256", "RS384", "RS512", "HS256", "HS384", "HS512"];

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/jwt_templates", List);
        v1.MapPost("/jwt_templates", Create);
        v1.MapGet("/jwt_templates/{template_id}", Get);
        v1.MapPatch("/jwt_templates/{template_id}", Update);
        v1.MapDelete("/jwt_templates/{template_id}", Delete);
    }

    private static async Task<IResult> List(HttpRequest request, EmulatedInstance instance)
    {
        var page = request.Page();
        var templates = await instance.Database.RunAsync(store => store.All(Tables.JwtTemplates).Select(Public).Paged(page));
        return JsonResults.Ok(templates, Json.ListJwtTemplate);
    }

    private static async Task<IResult> Get(string template_id, EmulatedInstance instance) =>
        JsonResults.Ok(Public(await instance.Database.RunAsync(store => Find(store, template_id))), Json.JwtTemplate);

    private static async Task<IResult> Create(HttpRequest request, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, Params);
        var now = instance.NowMs();
        var template = await instance.Database.RunAsync(store =>
            store.Put(Tables.JwtTemplates, Build(store, body, new JwtTemplate { Id = Ids.New("jtmp"), Name = "", Claims = [], CreatedAt = now }, now)));
        return JsonResults.Ok(Public(template), Json.JwtTemplate);
    }

    private static async Task<IResult> Update(HttpRequest request, string template_id, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, Params);
        var now = instance.NowMs();
        var template = await instance.Database.RunAsync(store =>
            store.Put(Tables.JwtTemplates, Build(store, body, Find(store, template_id), now)));
        return JsonResults.Ok(Public(template), Json.JwtTemplate);
    }

    private static async Task<IResult> Delete(string template_id, EmulatedInstance instance)
    {
        await instance.Database.RunAsync(store => store.Delete(Tables.JwtTemplates, Find(store, template_id).Id));
        return JsonResults.Ok(new DeletedObject("jwt_template", template_id, true), Json.DeletedObject);
    }

    /// <summary>Validates the body and applies it; create and update take the same required fields.</summary>
    public static JwtTemplate Build(StoreSession store, RequestBody body, JwtTemplate current, long now)
    {
        var name = body.RequiredString("name");
        var claims = body.Object("claims") ?? throw ApiError.Missing("claims");
        if (store.ByOwner(Tables.JwtTemplates, name).Any(t => t.Id != current.Id))
        {
            throw new ApiError(422, "form_identifier_exists", "name is taken", $"A JWT template named {name} already exists.",
                new() { ["param_name"] = "name" });
        }

        foreach (var reserved in TemplateTokenIssuer.ReservedClaims)
        {
            if (claims.ContainsKey(reserved))
            {
                throw ApiError.ValueInvalid("claims", $"The claim {reserved} is reserved and set by Clerk.");
            }
        }

        var lifetime = body.Long("lifetime") ?? 60;
        if (lifetime is < 30 or > 315_360_000)
        {
            throw ApiError.ValueInvalid("lifetime", "lifetime must be between 30 and 315360000.");
        }

        var skew = body.Long("allowed_clock_skew") ?? 5;
        if (skew is < 0 or > 300)
        {
            throw ApiError.ValueInvalid("allowed_clock_skew", "allowed_clock_skew must be between 0 and 300.");
        }

        var custom = body.Bool("custom_signing_key") ?? false;
        var algorithm = body.String("signing_algorithm") ?? "RS256";
        var signingKey = body.String("signing_key");
        if (!Algorithms.Contains(algorithm))
        {
            throw ApiError.ValueInvalid("signing_algorithm", $"signing_algorithm must be one of {string.Join(", ", Algorithms)}.");
        }

        if (custom && string.IsNullOrEmpty(signingKey))
        {
            throw ApiError.Missing("signing_key");
        }

        return current with
        {
            Name = name,
            Claims = claims,
            Lifetime = (int)lifetime,
            AllowedClockSkew = (int)skew,
            CustomSigningKey = custom,
            SigningAlgorithm = custom ? algorithm : "RS256",
            SigningKey = custom ? signingKey : null,
            UpdatedAt = now,
        };
    }

    private static JwtTemplate Find(StoreSession store, string id) =>
        store.Get(Tables.JwtTemplates, id) ?? throw ApiError.NotFound("JWT template");

    private static JwtTemplate Public(JwtTemplate template) => template with { SigningKey = null };
}
