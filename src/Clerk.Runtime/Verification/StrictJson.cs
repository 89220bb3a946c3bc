using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
        // Duplicates are refused by NamesAreDistinct below, which compares the raw UTF-8 names in place; the
        // parser's own check turned every name into a string and hashed it, a tenth of the work beyond the RSA check.
        AllowDuplicateProperties = true,
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
        // Without an escape a name's raw bytes are its value, so duplicates are found by comparing them in place;
        // with one, names are compared as strings (reading them also proves them well-formed).
        var escaped = utf8.Span.Contains((byte)'\\');
        if (document.RootElement.ValueKind != JsonValueKind.Object
            || (escaped && !HasOnlyWellFormedStrings(document.RootElement))
            || !NamesAreDistinct(document.RootElement, utf8.Span, escaped))
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

    // Objects up to this many members compare each name with the earlier ones; larger ones use a hash set, so a token
    // of thousands of members costs linear time, not quadratic.
    private const int SmallObject = 32;

    /// <summary>Whether no object at any depth repeats a member name (compared after unescaping).</summary>
    private static bool NamesAreDistinct(JsonElement element, ReadOnlySpan<byte> utf8, bool escaped)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var count = element.GetPropertyCount();
                if (escaped || count > SmallObject)
                {
                    // Escaped names were proved readable by HasOnlyWellFormedStrings; unescaped ones are valid UTF-8.
                    var seen = new HashSet<string>(count, StringComparer.Ordinal);
                    foreach (var property in element.EnumerateObject())
                    {
                        if (!seen.Add(property.Name) || !NamesAreDistinct(property.Value, utf8, escaped))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                // Each name as (offset in utf8, length): the raw name spans point into the parsed buffer itself.
                Span<long> names = stackalloc long[SmallObject];
                var index = 0;
                ref var start = ref MemoryMarshal.GetReference(utf8);
                foreach (var property in element.EnumerateObject())
                {
                    var name = JsonMarshal.GetRawUtf8PropertyName(property);
                    var offset = (int)Unsafe.ByteOffset(ref start, ref MemoryMarshal.GetReference(name));
                    if ((uint)offset > (uint)utf8.Length || name.Length > utf8.Length - offset)
                    {
                        return false; // cannot happen (the document parses the caller's buffer in place); fail closed
                    }

                    for (var earlier = 0; earlier < index; earlier++)
                    {
                        var other = names[earlier];
                        if ((int)other == name.Length && utf8.Slice((int)(other >> 32), name.Length).SequenceEqual(name))
                        {
                            return false;
                        }
                    }

                    names[index++] = (long)offset << 32 | (uint)name.Length;
                    var value = property.Value;
                    if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array
                        && !NamesAreDistinct(value, utf8, escaped))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (!NamesAreDistinct(item, utf8, escaped))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }
}
