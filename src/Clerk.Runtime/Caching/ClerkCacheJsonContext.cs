using System.Text.Json.Serialization;
using Clerk.BackendApi;
using ZiggyCreatures.Caching.Fusion.Internals.Distributed;

namespace Clerk.Caching;

/// <summary>
/// What Clerk keeps in the shared cache, as FusionCache writes it there (its entry wrapping our value), source-generated
/// so it is trim- and AOT-safe: FusionCache's own System.Text.Json serializer would reach for reflection. Snake_case,
/// as the Backend API's JSON is.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FusionCacheDistributedEntry<User>))]
[JsonSerializable(typeof(FusionCacheDistributedEntry<string>))]
[JsonSerializable(typeof(FusionCacheDistributedEntry<MachineIdentity>))]
[JsonSerializable(typeof(FusionCacheDistributedEntry<long>))]
internal sealed partial class ClerkCacheJsonContext : JsonSerializerContext;
