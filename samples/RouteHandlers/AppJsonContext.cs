using System.Text.Json;
using System.Text.Json.Serialization;
using RouteHandlers.App.Api.Users.Id;

namespace RouteHandlers;

// JSON metadata generated at compile time for the types route files read and return by name. Trimmed and Native AOT
// apps have no reflection-based JSON, so without this the generated endpoints refuse to start (EndpointServices.JsonType).
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(UserUpdate))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
