using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clerk.LoadTest.Server;

/// <summary>The small JSON answer of every case; <see cref="Create"/> is the one handler body they all run.</summary>
public sealed record Payload(string Message, int Count, bool Ok)
{
    /// <summary>A new instance per call, as a real handler would build its answer.</summary>
    public static Payload Create() => new("Hello world!", 42, true);
}

/// <summary>Compile-time JSON metadata for <see cref="Payload"/>, first in every case's resolver chain.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Payload))]
internal sealed partial class PayloadJsonContext : JsonSerializerContext;
