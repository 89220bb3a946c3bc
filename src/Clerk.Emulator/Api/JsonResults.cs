using System.Text.Json.Serialization.Metadata;

namespace Clerk.Emulator.Api;

/// <summary>Writes a response through the emulator's source-generated JSON metadata.</summary>
internal static class JsonResults
{
    public static IResult Ok<T>(T value, JsonTypeInfo<T> type) => TypedResults.Json(value, type);
}
