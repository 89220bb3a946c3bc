using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Clerk.Verification.Jws;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// The oracle for <see cref="StrictJson"/>: the same rules built on <see cref="Utf8JsonReader"/>, as the verifier
/// checked payloads before it had a scanner of its own. Kept here only to judge the scanner (StrictJsonDifferentialTests).
/// </summary>
internal static class ReaderStrictJson
{
    public static bool TryIndexObject<TNames>(ReadOnlySpan<byte> utf8, out MemberOffsets members)
        where TNames : IMemberNames
    {
        members = default;

        // The reader checks the grammar but not the encoding of string contents (it only fails when one is read).
        if (!Utf8.IsValid(utf8))
        {
            return false;
        }

        var names = new DistinctMemberNames(utf8, stackalloc long[DistinctMemberNames.RawCapacity], stackalloc int[StrictJson.MaxDepth + 1]);
        try
        {
            var reader = new Utf8JsonReader(utf8, StrictJson.ReaderOptions);
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
