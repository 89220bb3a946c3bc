using System.Text.Json.Serialization;

namespace Clerk.Verification.Keys;

/// <summary>The Backend API's <c>GET /v1/jwks</c> response (the spec's <c>JWKS</c> schema).</summary>
internal sealed record JwksDocument([property: JsonPropertyName("keys")] IReadOnlyList<JwksKey?>? Keys);

/// <summary>
/// One JSON Web Key as the Backend API sends it. Every member is optional here so that one odd key is skipped
/// rather than failing the whole document; <see cref="JwksKeyImporter"/> decides what is usable.
/// </summary>
internal sealed record JwksKey(
    [property: JsonPropertyName("kid")] string? Kid,
    [property: JsonPropertyName("kty")] string? Kty,
    [property: JsonPropertyName("alg")] string? Alg,
    [property: JsonPropertyName("use")] string? Use,
    [property: JsonPropertyName("n")] string? N,
    [property: JsonPropertyName("e")] string? E);
