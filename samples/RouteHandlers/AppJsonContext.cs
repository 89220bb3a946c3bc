using System.Text.Json;
using System.Text.Json.Serialization;

namespace RouteHandlers;

// JSON metadata generated at compile time for the types route files read and return by name. Trimmed and Native AOT
// apps have no reflection-based JSON, so without this the generated endpoints refuse to start (EndpointServices.JsonType).
// Anonymous types (`new { userId }`) cannot be listed here, so every JSON shape the sample writes is a named record.
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(App.Api.Greeting))]
[JsonSerializable(typeof(App.Api.IsAuthenticated.SignedInUser))]
[JsonSerializable(typeof(App.Api.IsAuthenticated.AuthError))]
[JsonSerializable(typeof(App.Api.Stats.Stats))]
[JsonSerializable(typeof(App.Api.Files.FilePath))]
[JsonSerializable(typeof(App.Api.Users.Id.User))]
[JsonSerializable(typeof(App.Api.Users.Id.UserUpdate))]
[JsonSerializable(typeof(App.Api.Supabase.SupabaseResponse))]
[JsonSerializable(typeof(App.Api.CurrentUser.CurrentUserFields))]
[JsonSerializable(typeof(App.Api.UpdateUser.UpdatedUser))]
[JsonSerializable(typeof(App.Api.Org.OrgMembership))]
[JsonSerializable(typeof(App.Api.Reports.Report))]
[JsonSerializable(typeof(IReadOnlyList<SyncedUser>))]
internal sealed partial class AppJsonContext : JsonSerializerContext;
