using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Clerk.Verification;

/// <summary>
/// Checks a token's header or payload in one pass, without building a document: one JSON object, RFC 8259 strict
/// (no comments, no trailing commas, nothing after it, no byte-order mark), valid UTF-8, no unpaired surrogate
/// escapes (I-JSON, RFC 7493), nested at most <see cref="MaxDepth"/> deep, and no duplicate member names at any depth.
/// Duplicates are refused because two parsers may pick different copies (RFC 7515 §5.2 lets a verifier reject them;
/// we do), which is how a signed "alg":"RS256" can hide a "none". Text that cannot become a .NET string is refused
/// here, so later readers (<see cref="JsonValue"/>) can never throw on it. The same pass notes where the top-level
/// members a caller wants begin, so they are read later without parsing again.
/// </summary>
internal static class StrictJson
{
    /// <summary>Bounds the work (and the recursion of any later reader) per token.</summary>
    public const int MaxDepth = 16;

    /// <summary>The reader settings for this grammar; readers of accepted text use them too.</summary>
    public static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = MaxDepth,
    };

    /// <summary>
    /// Whether <paramref name="utf8"/> is exactly one such object; if so, <paramref name="members"/> holds where its
    /// top-level members named by <typeparamref name="TNames"/> begin.
    /// </summary>
    public static bool TryIndexObject<TNames>(ReadOnlySpan<byte> utf8, out MemberOffsets members)
        where TNames : IMemberNames
    {
        members = default;

        // The reader checks the grammar but not the encoding of string contents (it only fails when one is read).
        if (!Utf8.IsValid(utf8))
        {
            return false;
        }

        var names = new DistinctMemberNames(utf8, stackalloc long[DistinctMemberNames.RawCapacity], stackalloc int[MaxDepth + 1]);
        try
        {
            var reader = new Utf8JsonReader(utf8, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            names.OpenObject();
            var wanted = -1;
            var closed = false;
            while (reader.Read())
            {
                if (wanted >= 0)
                {
                    members[wanted] = (int)reader.TokenStartIndex + 1;
                    wanted = -1;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when reader.ValueIsEscaped:
                        // GetString unescapes, and throws on a lone surrogate (caught below).
                        var name = reader.GetString()!;
                        if (!names.Add(name))
                        {
                            return false;
                        }

                        wanted = reader.CurrentDepth == 1 ? TNames.SlotOf(Encoding.UTF8.GetBytes(name)) : -1;
                        break;
                    case JsonTokenType.PropertyName:
                        if (!names.Add((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length))
                        {
                            return false;
                        }

                        wanted = reader.CurrentDepth == 1 ? TNames.SlotOf(reader.ValueSpan) : -1;
                        break;
                    case JsonTokenType.String when reader.ValueIsEscaped:
                        // Only to prove the escapes make a well-formed string: GetString throws on "\ud800" alone.
                        _ = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                        names.OpenObject();
                        break;
                    case JsonTokenType.EndObject:
                        names.CloseObject();
                        closed = reader.CurrentDepth == 0;
                        break;
                }
            }

            // The reader throws on anything but whitespace after the object, and on an object left open.
            return closed;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") is valid JSON grammar but cannot be read as a string.
            return false;
        }
    }
}
