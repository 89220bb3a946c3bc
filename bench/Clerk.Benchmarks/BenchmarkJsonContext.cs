using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clerk.Benchmarks;

// The route handlers' JSON metadata generated at compile time, first in the resolver chain as samples/RouteHandlers
// configures it, so the pipeline benchmarks write JSON the way the sample does.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Greeting))]
internal sealed partial class BenchmarkJsonContext : JsonSerializerContext;
