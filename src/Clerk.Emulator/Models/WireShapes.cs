using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Clerk.Emulator.Models;

/// <summary>A page of resources with the total that matched, as the newer list endpoints answer.</summary>
internal sealed record PagedList<T>(List<T> Data, long TotalCount);

/// <summary>A page of M2M tokens: the one list the Backend API names after its items.</summary>
internal sealed record M2MTokenList(
    [property: JsonPropertyName("m2m_tokens")] List<M2MToken> M2MTokens,
    long TotalCount);

/// <summary>The answer to a delete.</summary>
internal sealed record DeletedObject(
    string Object,
    string Id,
    bool Deleted,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Slug = null);

/// <summary>The answer to a count.</summary>
internal sealed record TotalCountResponse(long TotalCount)
{
    public string Object => "total_count";
}

/// <summary>A minted token: <c>{ "object": "token", "jwt": ... }</c>.</summary>
internal sealed record TokenResponse(string Jwt)
{
    public string Object => "token";
}

/// <summary>The JSON Web Key Set.</summary>
internal sealed record Jwks(List<JsonWebKey> Keys);

/// <summary>One RSA public key of the JWKS.</summary>
internal sealed record JsonWebKey(string Use, string Kty, string Kid, string Alg, string N, string E);

/// <summary>An API key's secret.</summary>
internal sealed record ApiKeySecret(string Secret);

/// <summary>Clerk's error body.</summary>
internal sealed record ClerkErrors(List<ClerkErrorItem> Errors, string ClerkTraceId);

/// <summary>One error of <see cref="ClerkErrors"/>.</summary>
internal sealed record ClerkErrorItem(
    string Message,
    string LongMessage,
    string Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonObject? Meta);
