using System.Text.Json.Serialization;
using Clerk.Emulator.Models;
using Clerk.Emulator.Seeding;

namespace Clerk.Emulator.Json;

/// <summary>
/// Every type the emulator stores or sends, in Clerk's snake_case. Metadata objects keep their own keys: the naming
/// policy applies to properties, not to the members of a <see cref="System.Text.Json.Nodes.JsonObject"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(Clerk.Emulator.Storage.DeletedData))]
[JsonSerializable(typeof(List<Clerk.Emulator.Webhooks.WebhookAttempt>))]
[JsonSerializable(typeof(List<Clerk.Emulator.Requests.RecordedRequest>))]
[JsonSerializable(typeof(List<User>))]
[JsonSerializable(typeof(Session))]
[JsonSerializable(typeof(List<Session>))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(PagedList<Organization>))]
[JsonSerializable(typeof(Membership))]
[JsonSerializable(typeof(OrganizationMembership))]
[JsonSerializable(typeof(PagedList<OrganizationMembership>))]
[JsonSerializable(typeof(Invitation))]
[JsonSerializable(typeof(List<Invitation>))]
[JsonSerializable(typeof(OrganizationInvitation))]
[JsonSerializable(typeof(PagedList<OrganizationInvitation>))]
[JsonSerializable(typeof(JwtTemplate))]
[JsonSerializable(typeof(List<JwtTemplate>))]
[JsonSerializable(typeof(ApiKey))]
[JsonSerializable(typeof(PagedList<ApiKey>))]
[JsonSerializable(typeof(ApiKeySecret))]
[JsonSerializable(typeof(M2MToken))]
[JsonSerializable(typeof(M2MTokenList))]
[JsonSerializable(typeof(SigningKey))]
[JsonSerializable(typeof(Subscription))]
[JsonSerializable(typeof(InstanceSettings))]
[JsonSerializable(typeof(DeletedObject))]
[JsonSerializable(typeof(TotalCountResponse))]
[JsonSerializable(typeof(TokenResponse))]
[JsonSerializable(typeof(Jwks))]
[JsonSerializable(typeof(ClerkErrors))]
[JsonSerializable(typeof(SeedFile))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext;
