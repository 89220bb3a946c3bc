using System.Text.Json;
using System.Text.Unicode;

namespace Clerk.Verification;

/// <summary>
/// Parses a token's header or payload: one JSON object, RFC 8259 strict (no comments, no trailing commas), valid
/// UTF-8, no unpaired surrogate escapes (I-JSON, RFC 7493), and no duplicate member names at any depth. Duplicates
/// are refused because two parsers may pick different copies (RFC 7515 §5.2 lets a verifier reject them; we do),
/// which is how a signed "alg":"RS256" can hide a "none". Text that cannot become a .NET string is refused here, so
/// later readers can never throw on it.
/// </summary>
internal static class StrictJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowDuplicateProperties = false,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = 16,
    };

    /// <summary>The parsed object (the caller disposes it), or null when the bytes are not exactly one such object.</summary>
    public static JsonDocument? ParseObject(ReadOnlyMemory<byte> utf8)
    {
        if (!Utf8.IsValid(utf8.Span))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // The duplicate-name check reads names as strings, and an escaped lone surrogate in a name cannot be one.
            return null;
        }

        // Utf8.IsValid above already proved every raw string well-formed, so only an escape (\uD800) can make one
        // unreadable: without a backslash anywhere there is nothing to check, and the walk (which reads every name
        // and string value into a new string) is skipped. Clerk's tokens carry no escapes, so this is the common path.
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || (utf8.Span.Contains((byte)'\\') && !HasOnlyWellFormedStrings(document.RootElement)))
        {
            document.Dispose();
            return null;
        }

        return document;
    }

    private static bool HasOnlyWellFormedStrings(JsonElement root)
    {
        try
        {
            Visit(root);
            return true;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") parses as JSON but cannot be read as a string.
            return false;
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
}
