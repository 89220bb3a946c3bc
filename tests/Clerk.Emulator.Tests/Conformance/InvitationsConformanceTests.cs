namespace Clerk.Emulator.Tests.Conformance;

/// <summary>Instance invitations over the Backend API, held against Clerk's spec.</summary>
public sealed class InvitationsConformanceTests
{
    [Fact]
    public async Task Invite_list_and_revoke()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator);

        await api.RunAsync(async () =>
        {
            var invitation = await api.PostAsync("/v1/invitations", new
            {
                email_address = "new@example.com",
                public_metadata = new { invited_by = "test" },
                notify = false,
                expires_in_days = 7,
            });
            var invitationId = invitation.GetProperty("id").GetString()!;
            Assert.Equal("pending", invitation.GetProperty("status").GetString());

            Assert.Equal([invitationId], UsersConformanceTests.Ids(await api.GetAsync("/v1/invitations?status=pending&limit=10&offset=0")));
            Assert.Equal([invitationId], UsersConformanceTests.Ids(await api.GetAsync("/v1/invitations?query=new@example")));

            var revoked = await api.PostAsync($"/v1/invitations/{invitationId}/revoke");
            Assert.True(revoked.GetProperty("revoked").GetBoolean());
            Assert.Equal("revoked", revoked.GetProperty("status").GetString());
        });
    }
}
