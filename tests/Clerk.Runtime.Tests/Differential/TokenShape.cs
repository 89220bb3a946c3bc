using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Clerk.Runtime.Tests.Differential;

/// <summary>
/// What a token looks like when read as loosely as Clerk reads it: split on dots, base64url with trailing
/// <c>=</c> tolerated, bytes decoded as UTF-8 with replacement characters and a leading BOM dropped, JSON with the
/// last of duplicate names winning. Written independently of the verifier under test (it must not share its code),
/// so the strictness list describes tokens, not our verifier's internals.
/// </summary>
internal sealed class TokenShape
{
    /// <summary>The Date range of ECMAScript (±8.64e15 ms) in seconds: beyond it Clerk's dates are NaN.</summary>
    private const double JavaScriptDateLimitSeconds = 8.64e12;

    private static readonly JsonDocumentOptions Lenient = new() { MaxDepth = 4096, AllowDuplicateProperties = true };

    private TokenShape(string token)
    {
        Token = token;
        Segments = token.Split('.');
        if (Segments.Length != 3)
        {
            return;
        }

        HeaderBytes = DecodeLoosely(Segments[0]);
        PayloadBytes = DecodeLoosely(Segments[1]);
        Header = ParseLoosely(HeaderBytes);
        Payload = ParseLoosely(PayloadBytes);
    }

    public string Token { get; }

    public string[] Segments { get; }

    public byte[]? HeaderBytes { get; }

    public byte[]? PayloadBytes { get; }

    /// <summary>The header as Clerk would see it, or null when Clerk could not decode it as JSON.</summary>
    public JsonElement? Header { get; }

    /// <summary>The payload as Clerk would see it, or null when Clerk could not decode it as JSON.</summary>
    public JsonElement? Payload { get; }

    public static TokenShape Of(string token) => new(token);

    /// <summary>A segment carries <c>=</c> padding (the one liberty Clerk's base64url decoder takes).</summary>
    public bool HasPaddedSegment => Segments.Length == 3 && Segments.Any(s => s.EndsWith('='));

    /// <summary>A header or payload object repeats a member name at any depth (compared after unescaping).</summary>
    public bool HasDuplicateMemberNames => HasDuplicates(Header) || HasDuplicates(PayloadObject);

    /// <summary>Header or payload bytes are not valid UTF-8, or a string escapes an unpaired surrogate.</summary>
    public bool HasMalformedText =>
        (HeaderBytes is { } h && (!Utf8.IsValid(h) || HasLoneSurrogate(Header)))
        || (PayloadBytes is { } p && (!Utf8.IsValid(p) || HasLoneSurrogate(Payload)));

    /// <summary>Header or payload begins with a UTF-8 byte order mark (Clerk's TextDecoder drops it).</summary>
    public bool HasByteOrderMark => StartsWithBom(HeaderBytes) || StartsWithBom(PayloadBytes);

    /// <summary>How deeply the header or payload nests objects and arrays (the object itself is depth 1).</summary>
    public int NestingDepth => Math.Max(Depth(Header), Depth(Payload));

    /// <summary>The header has a <c>crit</c> member, whatever its value.</summary>
    public bool HasCriticalHeader => HeaderObject is { } h && Get(h, "crit") is not null;

    /// <summary>The header has a <c>kid</c> that is not a string (null included).</summary>
    public bool HasNonStringKeyId =>
        HeaderObject is { } h && Get(h, "kid") is { ValueKind: not JsonValueKind.String };

    /// <summary>The header's <c>cat</c> marks something other than a session token (absent or the ignore tag do not).</summary>
    public bool HasNonSessionCategory =>
        HeaderObject is { } h && Get(h, "cat") is { } cat
        && !(cat.ValueKind == JsonValueKind.String && cat.GetString() is "cl_B7d4PD111AAA" or "cl_I7d4PD111III");

    /// <summary>The subject is a machine's (<c>mch_</c>).</summary>
    public bool HasMachineSubject =>
        PayloadObject is { } p && Get(p, "sub") is { ValueKind: JsonValueKind.String } sub
        && sub.GetString()!.StartsWith("mch_", StringComparison.Ordinal);

    /// <summary><c>exp</c>, <c>nbf</c> or <c>iat</c> is a number outside the range a JavaScript Date can hold.</summary>
    public bool HasTimeBeyondJavaScriptDates =>
        PayloadObject is { } p && new[] { "exp", "nbf", "iat" }.Any(name =>
            Get(p, name) is { ValueKind: JsonValueKind.Number } value
            && double.Parse(value.GetRawText(), System.Globalization.CultureInfo.InvariantCulture) is var seconds
            && (!double.IsFinite(seconds) || Math.Abs(seconds) > JavaScriptDateLimitSeconds));

    /// <summary>
    /// An optional session claim is present (not null) with a JSON type other than the one Clerk documents for it,
    /// or an object claim lacks a member it cannot do without (<c>act</c> without <c>sub</c>). The claims: strings
    /// <c>sid sts azp iss fea pla</c>; integer <c>v</c>; <c>fva</c> two integers; <c>act</c> an object with string
    /// <c>sub</c> (and string <c>sid</c>/<c>iss</c>); for v2, <c>o</c> an object of strings <c>id slg rol per fpm</c>;
    /// for v1, strings <c>org_id org_slug org_role</c> and a string array <c>org_permissions</c>.
    /// </summary>
    public bool HasOptionalClaimOfWrongType
    {
        get
        {
            if (PayloadObject is not { } p)
            {
                return false;
            }

            if (new[] { "sid", "sts", "azp", "iss", "fea", "pla" }.Any(name => IsPresentButNot(p, name, JsonValueKind.String)))
            {
                return true;
            }

            var version = 1;
            if (Present(p, "v") is { } v)
            {
                if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out version))
                {
                    return true;
                }
            }

            if (Present(p, "fva") is { } fva
                && (fva.ValueKind != JsonValueKind.Array || fva.GetArrayLength() != 2
                    || fva.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.Number || !item.TryGetInt32(out _))))
            {
                return true;
            }

            if (Present(p, "act") is { } act
                && (act.ValueKind != JsonValueKind.Object
                    || !(Present(act, "sub") is { ValueKind: JsonValueKind.String })
                    || IsPresentButNot(act, "sid", JsonValueKind.String)
                    || IsPresentButNot(act, "iss", JsonValueKind.String)))
            {
                return true;
            }

            if (version == 2)
            {
                return Present(p, "o") is { } o
                    && (o.ValueKind != JsonValueKind.Object
                        || new[] { "id", "slg", "rol", "per", "fpm" }.Any(name => IsPresentButNot(o, name, JsonValueKind.String)));
            }

            return new[] { "org_id", "org_slug", "org_role" }.Any(name => IsPresentButNot(p, name, JsonValueKind.String))
                || (Present(p, "org_permissions") is { } permissions
                    && (permissions.ValueKind != JsonValueKind.Array
                        || permissions.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String)));
        }
    }

    private JsonElement? HeaderObject => Header is { ValueKind: JsonValueKind.Object } h ? h : null;

    private JsonElement? PayloadObject => Payload is { ValueKind: JsonValueKind.Object } p ? p : null;

    private static JsonElement? Present(JsonElement container, string name) =>
        Get(container, name) is { ValueKind: not JsonValueKind.Null } value ? value : null;

    /// <summary>
    /// The member called <paramref name="name"/>, the last one when repeated (as JSON.parse keeps it); members whose
    /// names cannot be unescaped (lone surrogates) are skipped instead of throwing.
    /// </summary>
    private static JsonElement? Get(JsonElement container, string name)
    {
        JsonElement? found = null;
        foreach (var property in container.EnumerateObject())
        {
            try
            {
                if (property.NameEquals(name))
                {
                    found = property.Value;
                }
            }
            catch (InvalidOperationException)
            {
            }
        }

        return found;
    }

    private static bool IsPresentButNot(JsonElement container, string name, JsonValueKind kind) =>
        Present(container, name) is { } value && value.ValueKind != kind;

    private static byte[]? DecodeLoosely(string segment)
    {
        var text = segment.TrimEnd('=');
        if (text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) || text.Length % 4 == 1)
        {
            return null;
        }

        try
        {
            return Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static JsonElement? ParseLoosely(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes);
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        try
        {
            using var document = JsonDocument.Parse(text, Lenient);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool StartsWithBom(byte[]? bytes) => bytes is [0xef, 0xbb, 0xbf, ..];

    private static bool HasDuplicates(JsonElement? element)
    {
        if (element is not { } e)
        {
            return false;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in e.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        name = "\uFFFD" + names.Count; // an unpaired surrogate: not comparable, not a duplicate here
                    }

                    if (!names.Add(name) || HasDuplicates(property.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                return e.EnumerateArray().Any(item => HasDuplicates(item));
            default:
                return false;
        }
    }

    private static bool HasLoneSurrogate(JsonElement? element)
    {
        if (element is not { } e)
        {
            return false;
        }

        try
        {
            Visit(e);
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }

        static void Visit(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        Visit(property.Value);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Visit(item);
                    }

                    break;
                case JsonValueKind.String:
                    _ = element.GetString();
                    break;
            }
        }
    }

    private static int Depth(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.Object } e => 1 + e.EnumerateObject().Select(p => Depth(p.Value)).DefaultIfEmpty(0).Max(),
        { ValueKind: JsonValueKind.Array } e => 1 + e.EnumerateArray().Select(i => Depth(i)).DefaultIfEmpty(0).Max(),
        _ => 0,
    };
}
