using System.Text.Json.Serialization;
using Clerk.Verification.Keys;

namespace Clerk.BackendApi;

/// <summary>
/// The Backend API's JSON, source-generated so the client is trim- and AOT-safe. Property names are snake_case
/// (Clerk's wire format); metadata keeps its own keys, because a naming policy never renames dictionary keys,
/// <see cref="System.Text.Json.JsonElement"/> or <see cref="System.Text.Json.Nodes.JsonObject"/> contents. Unset
/// (null) request properties are left out, so an update sends only what the caller set.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(IReadOnlyList<User>))]
[JsonSerializable(typeof(TotalCount))]
[JsonSerializable(typeof(DeletedObject))]
[JsonSerializable(typeof(CreateUserRequest))]
[JsonSerializable(typeof(UpdateUserRequest))]
[JsonSerializable(typeof(UserMetadataRequest))]
[JsonSerializable(typeof(Session))]
[JsonSerializable(typeof(IReadOnlyList<Session>))]
[JsonSerializable(typeof(CreateSessionRequest))]
[JsonSerializable(typeof(CreateSessionTokenRequest))]
[JsonSerializable(typeof(SessionToken))]
[JsonSerializable(typeof(JsonWebKeySet))]
[JsonSerializable(typeof(JwtTemplate))]
[JsonSerializable(typeof(IReadOnlyList<JwtTemplate>))]
[JsonSerializable(typeof(JwtTemplateRequest))]
[JsonSerializable(typeof(Organization))]
[JsonSerializable(typeof(PagedList<Organization>))]
[JsonSerializable(typeof(CreateOrganizationRequest))]
[JsonSerializable(typeof(UpdateOrganizationRequest))]
[JsonSerializable(typeof(OrganizationMetadataRequest))]
[JsonSerializable(typeof(OrganizationMembership))]
[JsonSerializable(typeof(PagedList<OrganizationMembership>))]
[JsonSerializable(typeof(CreateOrganizationMembershipRequest))]
[JsonSerializable(typeof(UpdateOrganizationMembershipRequest))]
[JsonSerializable(typeof(Invitation))]
[JsonSerializable(typeof(OrganizationInvitation))]
[JsonSerializable(typeof(IReadOnlyList<Invitation>))]
[JsonSerializable(typeof(CreateInvitationRequest))]
[JsonSerializable(typeof(ApiKey))]
[JsonSerializable(typeof(VerifyApiKeyRequest))]
[JsonSerializable(typeof(M2MToken))]
[JsonSerializable(typeof(VerifyM2MTokenRequest))]
[JsonSerializable(typeof(OAuthAccessToken))]
[JsonSerializable(typeof(VerifyOAuthAccessTokenRequest))]
[JsonSerializable(typeof(ClerkErrorBody))]
internal sealed partial class ClerkJsonContext : JsonSerializerContext;
