using System.Text.Json;

namespace Clerk.Verification;

/// <summary>
/// One value inside JSON text that <see cref="StrictJson"/> already accepted, found again by its offset: a reader for
/// just that value, so a claim is read where it lies instead of through a document built for the whole payload.
/// </summary>
internal static class JsonValue
{
    /// <summary>A reader on the first token of the value starting at <paramref name="offset"/>.</summary>
    public static Utf8JsonReader ReaderAt(ReadOnlySpan<byte> json, int offset)
    {
        // Reading stops at the end of this value, so what follows it in the text (",", more members) is never read.
        var reader = new Utf8JsonReader(json[offset..], StrictJson.ReaderOptions);
        reader.Read();
        return reader;
    }

    /// <summary>The kind of the value starting at <paramref name="offset"/>, told by its first byte alone.</summary>
    public static JsonTokenType KindAt(ReadOnlySpan<byte> json, int offset) => json[offset] switch
    {
        (byte)'"' => JsonTokenType.String,
        (byte)'{' => JsonTokenType.StartObject,
        (byte)'[' => JsonTokenType.StartArray,
        (byte)'n' => JsonTokenType.Null,
        (byte)'t' => JsonTokenType.True,
        (byte)'f' => JsonTokenType.False,
        _ => JsonTokenType.Number,
    };
}
