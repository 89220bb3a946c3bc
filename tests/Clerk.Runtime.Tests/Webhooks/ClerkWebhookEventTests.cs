using System.Text;
using Clerk.Verification.Webhooks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Clerk.Runtime.Tests.Webhooks;

/// <summary>
/// A verified event's data, typed for the family its type names (the Backend API's own models) and null for the
/// others; every event keeps its raw data.
/// </summary>
public sealed class ClerkWebhookEventTests
{
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    [Theory]
    [InlineData("user.created", """{"id":"user_1","object":"user","first_name":"Ada","email_addresses":[],"created_at":1,"updated_at":2}""", "User")]
    [InlineData("user.updated", """{"id":"user_1","object":"user","first_name":"Ada","email_addresses":[],"created_at":1,"updated_at":2}""", "User")]
    [InlineData("session.revoked", """{"id":"sess_1","object":"session","user_id":"user_1","client_id":"client_1","status":"revoked","last_active_at":1,"expire_at":2,"abandon_at":3,"created_at":1,"updated_at":2}""", "Session")]
    [InlineData("organization.created", """{"id":"org_1","object":"organization","name":"Acme","slug":"acme","created_at":1,"updated_at":2}""", "Organization")]
    [InlineData("organizationMembership.created", """{"id":"orgmem_1","object":"organization_membership","role":"org:admin","organization":{"id":"org_1","object":"organization","name":"Acme","slug":"acme","created_at":1,"updated_at":2},"public_user_data":{"user_id":"user_1"},"created_at":1,"updated_at":2}""", "Membership")]
    [InlineData("organizationInvitation.revoked", """{"id":"orginv_1","object":"organization_invitation","email_address":"a@example.com","role":"org:member","organization_id":"org_1","status":"revoked","created_at":1,"updated_at":2}""", "Invitation")]
    [InlineData("user.deleted", """{"id":"user_1","object":"user","deleted":true}""", "Deleted")]
    [InlineData("email.created", """{"id":"ema_1","object":"email","to_email_address":"a@example.com"}""", null)]
    public async Task The_data_is_typed_for_its_family_only(string type, string data, string? typed)
    {
        var webhook = await VerifiedAsync($$"""{"data":{{data}},"object":"event","type":"{{type}}"}""");

        Assert.Equal(type, webhook.Type);
        Assert.Equal(typed == "User", webhook.User is not null);
        Assert.Equal(typed == "Session", webhook.Session is not null);
        Assert.Equal(typed == "Organization", webhook.Organization is not null);
        Assert.Equal(typed == "Membership", webhook.Membership is not null);
        Assert.Equal(typed == "Invitation", webhook.Invitation is not null);
        Assert.Equal(typed == "Deleted", webhook.Deleted is not null);
        Assert.StartsWith("\"", webhook.Data.GetProperty("id").GetRawText());
    }

    [Fact]
    public async Task Data_of_an_unexpected_shape_is_not_typed_but_still_raw()
    {
        var webhook = await VerifiedAsync("""{"data":{"id":7},"object":"event","type":"user.created"}""");

        Assert.Null(webhook.User);
        Assert.Equal(7, webhook.Data.GetProperty("id").GetInt32());
    }

    private static async Task<ClerkWebhookEvent> VerifiedAsync(string body)
    {
        WebhookSigningSecret.TryParse(Secret, out var secret);
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton(new ClerkWebhookSettings(secret)).BuildServiceProvider(),
        };
        context.Request.Body = new MemoryStream(bytes);
        context.Request.Headers["svix-id"] = "msg_1";
        context.Request.Headers["svix-timestamp"] = timestamp;
        context.Request.Headers["svix-signature"] = WebhookSignature.Sign(secret!, "msg_1", timestamp, bytes);

        var verification = await ClerkWebhooks.VerifyAsync(context.Request);

        return verification.Event ?? throw new InvalidOperationException(verification.LongMessage);
    }
}
