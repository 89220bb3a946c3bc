using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Clerk.BackendApi;
using Microsoft.AspNetCore.Http;

namespace Clerk;

/// <summary>
/// A Clerk webhook event whose signature was verified: what happened (<see cref="Type"/>, such as
/// <c>user.created</c>), Svix's message id (the same for every retry of one event, for idempotency), when it was
/// sent, and its data, typed for the common families and as raw JSON for every type.
/// </summary>
/// <remarks>
/// A minimal API can take one as a parameter too: it binds itself (<see cref="IBindableFromHttpContext{TSelf}"/>) by
/// verifying the request, and a request that fails is a 400 before the handler runs (with minimal APIs' empty body;
/// route files answer in Clerk's error shape, and <see cref="ClerkWebhooks.VerifyAsync"/> says why).
/// </remarks>
public sealed class ClerkWebhookEvent : IBindableFromHttpContext<ClerkWebhookEvent>
{
    internal ClerkWebhookEvent(string id, DateTimeOffset timestamp, string type, JsonElement data, string json)
    {
        Id = id;
        Timestamp = timestamp;
        Type = type;
        Data = data;
        Json = json;
    }

    /// <summary>The verified event of the request, or null (a 400 for minimal APIs) when it is not one.</summary>
    public static async ValueTask<ClerkWebhookEvent?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        (await ClerkWebhooks.VerifyAsync(context.Request, context.RequestAborted)).Event;

    /// <summary>The message id (<c>svix-id</c>): one event keeps it across retries; store it to handle each once.</summary>
    public string Id { get; }

    /// <summary>When the event was signed for sending (<c>svix-timestamp</c>).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The event type: <c>user.created</c>, <c>session.ended</c>, <c>organizationMembership.deleted</c>, ...</summary>
    public string Type { get; }

    /// <summary>The event's <c>data</c> object, as sent.</summary>
    public JsonElement Data { get; }

    /// <summary>The whole verified body, as sent.</summary>
    public string Json { get; }

    /// <summary>The user of a <c>user.created</c> or <c>user.updated</c> event.</summary>
    public User? User => Typed("user.", ClerkJsonContext.Default.User);

    /// <summary>The session of a <c>session.*</c> event.</summary>
    public Session? Session => Typed("session.", ClerkJsonContext.Default.Session);

    /// <summary>The organization of an <c>organization.created</c> or <c>organization.updated</c> event.</summary>
    public Organization? Organization => Typed("organization.", ClerkJsonContext.Default.Organization);

    /// <summary>The membership of an <c>organizationMembership.created</c> or <c>.updated</c> event.</summary>
    public OrganizationMembership? Membership =>
        Typed("organizationMembership.", ClerkJsonContext.Default.OrganizationMembership);

    /// <summary>The invitation of an <c>organizationInvitation.*</c> event (created, accepted, revoked).</summary>
    public OrganizationInvitation? Invitation =>
        Typed("organizationInvitation.", ClerkJsonContext.Default.OrganizationInvitation);

    /// <summary>What a <c>*.deleted</c> event says is gone (<c>{ "id": ..., "deleted": true }</c>).</summary>
    public DeletedObject? Deleted => Type.EndsWith(".deleted", StringComparison.Ordinal)
        ? Read(ClerkJsonContext.Default.DeletedObject)
        : null;

    private T? Typed<T>(string family, JsonTypeInfo<T> typeInfo) where T : class =>
        Type.StartsWith(family, StringComparison.Ordinal) && !Type.EndsWith(".deleted", StringComparison.Ordinal)
            ? Read(typeInfo)
            : null;

    private T? Read<T>(JsonTypeInfo<T> typeInfo) where T : class
    {
        try
        {
            return Data.Deserialize(typeInfo);
        }
        catch (JsonException)
        {
            // Not the shape this family has: the raw Data is still there.
            return null;
        }
    }
}
