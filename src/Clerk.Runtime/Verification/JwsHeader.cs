using System.Text.Json;

namespace Clerk.Verification;

/// <summary>
/// The JOSE header members the verifier acts on. Everything else, notably <c>jwk</c>, <c>jku</c>, <c>x5u</c> and
/// <c>x5c</c>, is deliberately never read: a key named by the token itself proves nothing, so keys only ever come
/// from <see cref="ISigningKeys"/>.
/// </summary>
/// <param name="Algorithm"><c>alg</c> when it is a string, else null.</param>
/// <param name="KeyId"><c>kid</c> when it is a string, else null.</param>
/// <param name="KeyIdIsMalformed">Whether <c>kid</c> is present but not a string.</param>
/// <param name="Type">
/// <c>typ</c> when present: its string value, or its raw JSON text when it is not a string (so a non-string never
/// equals an expected value).
/// </param>
/// <param name="Category"><c>cat</c> (Clerk's token class tag) when present, in the same form as <paramref name="Type"/>.</param>
/// <param name="HasCritical">Whether <c>crit</c> is present at all.</param>
internal sealed record JwsHeader(
    string? Algorithm,
    string? KeyId,
    bool KeyIdIsMalformed,
    string? Type,
    string? Category,
    bool HasCritical)
{
    /// <summary>Reads the members from a header object (<see cref="StrictJson.ParseObject"/> checked its shape).</summary>
    public static JwsHeader From(JsonElement header)
    {
        var hasKid = header.TryGetProperty("kid", out var kid);
        return new JwsHeader(
            Algorithm: header.TryGetProperty("alg", out var alg) && alg.ValueKind == JsonValueKind.String ? alg.GetString() : null,
            KeyId: hasKid && kid.ValueKind == JsonValueKind.String ? kid.GetString() : null,
            KeyIdIsMalformed: hasKid && kid.ValueKind != JsonValueKind.String,
            Type: header.TryGetProperty("typ", out var typ) ? StringOrRawText(typ) : null,
            Category: header.TryGetProperty("cat", out var cat) ? StringOrRawText(cat) : null,
            HasCritical: header.TryGetProperty("crit", out _));
    }

    private static string StringOrRawText(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}
