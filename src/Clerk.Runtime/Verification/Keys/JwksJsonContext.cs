using System.Text.Json.Serialization;

namespace Clerk.Verification.Keys;

/// <summary>
/// Source-generated JSON metadata for the JWKS document: no reflection, so trimming and Native AOT are safe.
/// Unknown members (<c>x5c</c>, <c>crv</c>, ...) are ignored; the Backend API may add more.
/// </summary>
[JsonSourceGenerationOptions(GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(JwksDocument))]
internal sealed partial class JwksJsonContext : JsonSerializerContext;
