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
        // One pass over the members rather than a TryGetProperty scan per member. NameEquals compares unescaped
        // names, as TryGetProperty does, and StrictJson refused duplicate names, so each member is seen at most once.
        JsonElement alg = default, kid = default, typ = default, cat = default;
        var hasCritical = false;
        foreach (var property in header.EnumerateObject())
        {
            if (property.NameEquals("alg"u8))
            {
                alg = property.Value;
            }
            else if (property.NameEquals("kid"u8))
            {
                kid = property.Value;
            }
            else if (property.NameEquals("typ"u8))
            {
                typ = property.Value;
            }
            else if (property.NameEquals("cat"u8))
            {
                cat = property.Value;
            }
            else if (property.NameEquals("crit"u8))
            {
                hasCritical = true;
            }
        }

        var hasKid = kid.ValueKind != JsonValueKind.Undefined;
        return new JwsHeader(
            Algorithm: alg.ValueKind == JsonValueKind.String ? alg.GetString() : null,
            KeyId: hasKid && kid.ValueKind == JsonValueKind.String ? kid.GetString() : null,
            KeyIdIsMalformed: hasKid && kid.ValueKind != JsonValueKind.String,
            Type: typ.ValueKind != JsonValueKind.Undefined ? StringOrRawText(typ) : null,
            Category: cat.ValueKind != JsonValueKind.Undefined ? StringOrRawText(cat) : null,
            HasCritical: hasCritical);
    }

    private static string StringOrRawText(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
}
