using System.Text.Json.Serialization.Metadata;

namespace Clerk.Emulator.Api;

/// <summary>Writes a response through the emulator's source-generated JSON metadata.</summary>
internal static class JsonResults
{
    // Exactly "application/json", no charset: @clerk/backend compares the Content-Type header for equality and
    // treats anything else as text.
    private const string ContentType = "application/json";

    public static IResult Ok<T>(T value, JsonTypeInfo<T> type, int status = StatusCodes.Status200OK) =>
        TypedResults.Json(value, type, ContentType, status);
}
