namespace Clerk.Emulator.Tests.Conformance;

/// <summary>JWT templates CRUD over the Backend API, held against Clerk's spec.</summary>
public sealed class JwtTemplatesConformanceTests
{
    [Fact]
    public async Task Create_list_read_update_and_delete_a_template()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator);

        await api.RunAsync(async () =>
        {
            var created = await api.PostAsync("/v1/jwt_templates", new
            {
                name = "hasura",
                claims = new { role = "user", metadata = "{{user.public_metadata}}" },
                lifetime = 120,
                allowed_clock_skew = 5,
            });
            var templateId = created.GetProperty("id").GetString()!;
            Assert.Equal(120, created.GetProperty("lifetime").GetInt32());

            Assert.Equal([templateId], UsersConformanceTests.Ids(await api.GetAsync("/v1/jwt_templates")));
            Assert.Equal("hasura", (await api.GetAsync($"/v1/jwt_templates/{templateId}")).GetProperty("name").GetString());

            var updated = await api.PatchAsync($"/v1/jwt_templates/{templateId}", new { name = "hasura-v2", claims = new { role = "admin" } });
            Assert.Equal("admin", updated.GetProperty("claims").GetProperty("role").GetString());

            Assert.True((await api.DeleteAsync($"/v1/jwt_templates/{templateId}")).GetProperty("deleted").GetBoolean());
            await api.GetAsync($"/v1/jwt_templates/{templateId}", expect: 404);
        });
    }
}
