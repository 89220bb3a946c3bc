namespace Clerk.Emulator.Tests.Conformance;

/// <summary>Organizations, their memberships and invitations over the Backend API, held against Clerk's spec.</summary>
public sealed class OrganizationsConformanceTests
{
    [Fact]
    public async Task Create_read_list_update_and_delete_an_organization()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator);
        await api.RunAsync(async () =>
        {
            var owner = await emulator.CreateUserAsync("owner@example.com", "Olive");

            var created = await api.PostAsync("/v1/organizations", new
            {
                name = "Acme Inc",
                slug = "acme",
                created_by = owner.Id,
                public_metadata = new { tier = "gold" },
            });
            var orgId = created.GetProperty("id").GetString()!;

            Assert.Equal(orgId, (await api.GetAsync($"/v1/organizations/{orgId}")).GetProperty("id").GetString());
            Assert.Equal(orgId, (await api.GetAsync("/v1/organizations/acme")).GetProperty("id").GetString());
            var list = await api.GetAsync("/v1/organizations?query=acme&include_members_count=true&limit=10&offset=0&order_by=-created_at");
            Assert.Equal([orgId], UsersConformanceTests.Ids(list));
            Assert.Equal([orgId], UsersConformanceTests.Ids(await api.GetAsync($"/v1/organizations?user_id={owner.Id}")));

            Assert.Equal("Acme Corp", (await api.PatchAsync($"/v1/organizations/{orgId}", new { name = "Acme Corp" })).GetProperty("name").GetString());
            var merged = await api.PatchAsync($"/v1/organizations/{orgId}/metadata", new { public_metadata = new { region = "eu" } });
            Assert.Equal("gold", merged.GetProperty("public_metadata").GetProperty("tier").GetString());
            var replaced = await api.PutAsync($"/v1/organizations/{orgId}/metadata", new { public_metadata = new { region = "us" } });
            Assert.False(replaced.GetProperty("public_metadata").TryGetProperty("tier", out _));

            Assert.True((await api.DeleteAsync($"/v1/organizations/{orgId}")).GetProperty("deleted").GetBoolean());
            await api.GetAsync($"/v1/organizations/{orgId}", expect: 404);
        });
    }

    [Fact]
    public async Task Add_list_update_and_remove_memberships()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator);
        await api.RunAsync(async () =>
        {
            var organization = await emulator.CreateOrganizationAsync("Globex");
            var member = await emulator.CreateUserAsync("hank@example.com", "Hank");

            var membership = await api.PostAsync($"/v1/organizations/{organization.Id}/memberships", new { user_id = member.Id, role = "org:member" });
            Assert.Equal("org:member", membership.GetProperty("role").GetString());

            var list = await api.GetAsync($"/v1/organizations/{organization.Id}/memberships?role=org:member&limit=10&offset=0&order_by=-created_at");
            Assert.Equal(1, list.GetProperty("total_count").GetInt32());
            var promoted = await api.PatchAsync($"/v1/organizations/{organization.Id}/memberships/{member.Id}", new { role = "org:admin" });
            Assert.Equal("org:admin", promoted.GetProperty("role").GetString());
            var withMetadata = await api.PatchAsync(
                $"/v1/organizations/{organization.Id}/memberships/{member.Id}/metadata", new { public_metadata = new { team = "core" } });
            Assert.Equal("core", withMetadata.GetProperty("public_metadata").GetProperty("team").GetString());
            var ofUser = await api.GetAsync($"/v1/users/{member.Id}/organization_memberships");
            Assert.Equal(organization.Id, ofUser.GetProperty("data")[0].GetProperty("organization").GetProperty("id").GetString());

            await api.DeleteAsync($"/v1/organizations/{organization.Id}/memberships/{member.Id}");
            Assert.Equal(0, (await api.GetAsync($"/v1/organizations/{organization.Id}/memberships")).GetProperty("total_count").GetInt32());
        });
    }

    [Fact]
    public async Task Invite_list_read_and_revoke_organization_invitations()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator);
        await api.RunAsync(async () =>
        {
            var organization = await emulator.CreateOrganizationAsync("Initech");
            var inviter = await emulator.CreateUserAsync("bill@example.com", "Bill");
            await emulator.AddMembershipAsync(organization.Id, inviter.Id, "org:admin");

            var invitation = await api.PostAsync($"/v1/organizations/{organization.Id}/invitations", new
            {
                email_address = "peter@example.com",
                role = "org:member",
                inviter_user_id = inviter.Id,
                public_metadata = new { source = "test" },
            });
            var invitationId = invitation.GetProperty("id").GetString()!;
            Assert.Equal("pending", invitation.GetProperty("status").GetString());

            Assert.Equal([invitationId], UsersConformanceTests.Ids(
                await api.GetAsync($"/v1/organizations/{organization.Id}/invitations?status=pending&limit=10&offset=0")));
            Assert.Equal([invitationId], UsersConformanceTests.Ids(await api.GetAsync($"/v1/organizations/{organization.Id}/invitations/pending")));
            Assert.Equal("peter@example.com",
                (await api.GetAsync($"/v1/organizations/{organization.Id}/invitations/{invitationId}")).GetProperty("email_address").GetString());

            var revoked = await api.PostAsync(
                $"/v1/organizations/{organization.Id}/invitations/{invitationId}/revoke", new { requesting_user_id = inviter.Id });
            Assert.Equal("revoked", revoked.GetProperty("status").GetString());
        });
    }
}
