using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ZiggyCreatures.Caching.Fusion.Serialization;

namespace Clerk.Caching;

/// <summary>
/// FusionCache's serializer for the shared level, over <see cref="ClerkCacheJsonContext"/>: only the entry types listed
/// there can be written, which is all Clerk writes. A type that is not listed is a bug here, so it throws.
/// </summary>
internal sealed class ClerkCacheSerializer : IFusionCacheSerializer
{
    public byte[] Serialize<T>(T? obj) => JsonSerializer.SerializeToUtf8Bytes(obj, TypeInfo<T>());

    public T? Deserialize<T>(byte[] data) => JsonSerializer.Deserialize(data, TypeInfo<T>());

    public ValueTask<byte[]> SerializeAsync<T>(T? obj, CancellationToken token = default) => ValueTask.FromResult(Serialize(obj));

    public ValueTask<T?> DeserializeAsync<T>(byte[] data, CancellationToken token = default) => ValueTask.FromResult(Deserialize<T>(data));

    private static JsonTypeInfo<T?> TypeInfo<T>() =>
        ClerkCacheJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T?>
            ?? throw new NotSupportedException($"{typeof(T)} is not in ClerkCacheJsonContext: add it there.");
}
