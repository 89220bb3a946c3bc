using System.Text.Json;

namespace Clerk.Emulator.Tests.Conformance;

/// <summary>A user's life over the Backend API, every exchange held against Clerk's spec.</summary>
public sealed class UsersConformanceTests
{
    [Fact]
    public async Task Create_read_list_update_metadata_ban_lock_and_delete_a_user()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new SpecCheckedApi(emulator);

        await api.RunAsync(async () =>
        {
            var created = await api.PostAsync("/v1/users", new
            {
                email_address = new[] { "ada@example.com" },
                first_name = "Ada",
                last_name = "Lovelace",
                external_id = "ext_ada",
                public_metadata = new { plan = "pro", nested = new { a = 1 } },
                private_metadata = new { stripe_id = "cus_1" },
            });
            var userId = created.GetProperty("id").GetString()!;
            Assert.Equal("ada@example.com", created.GetProperty("email_addresses")[0].GetProperty("email_address").GetString());

            var read = await api.GetAsync($"/v1/users/{userId}");
            Assert.Equal("Ada", read.GetProperty("first_name").GetString());
            Assert.Equal("cus_1", read.GetProperty("private_metadata").GetProperty("stripe_id").GetString());

            await api.PostAsync("/v1/users", new { email_address = new[] { "grace@example.com" }, first_name = "Grace" });
            var byEmail = await api.GetAsync("/v1/users?email_address=ada@example.com&limit=10&offset=0&order_by=-created_at");
            Assert.Equal([userId], Ids(byEmail));
            var byIds = await api.GetAsync($"/v1/users?user_id={userId}&user_id=user_missing");
            Assert.Equal([userId], Ids(byIds));
            var all = await api.GetAsync("/v1/users?limit=1&order_by=created_at");
            Assert.Equal([userId], Ids(all));
            var count = await api.GetAsync("/v1/users/count?query=example.com");
            Assert.Equal(2, count.GetProperty("total_count").GetInt32());

            var updated = await api.PatchAsync($"/v1/users/{userId}", new { first_name = "Augusta", last_name = "King" });
            Assert.Equal("Augusta", updated.GetProperty("first_name").GetString());
            Assert.Equal("pro", updated.GetProperty("public_metadata").GetProperty("plan").GetString());

            // PATCH deep-merges and null deletes; PUT replaces each given field whole.
            var merged = await api.PatchAsync($"/v1/users/{userId}/metadata", new
            {
                public_metadata = new Dictionary<string, object?> { ["plan"] = null, ["nested"] = new { b = 2 } },
            });
            Assert.Equal("""{"nested":{"a":1,"b":2}}""", merged.GetProperty("public_metadata").GetRawText().Replace(" ", ""));
            Assert.Equal("cus_1", merged.GetProperty("private_metadata").GetProperty("stripe_id").GetString());
            var replaced = await api.PutAsync($"/v1/users/{userId}/metadata", new { public_metadata = new { only = true } });
            Assert.Equal("""{"only":true}""", replaced.GetProperty("public_metadata").GetRawText().Replace(" ", ""));

            Assert.True((await api.PostAsync($"/v1/users/{userId}/ban")).GetProperty("banned").GetBoolean());
            Assert.Equal([userId], Ids(await api.GetAsync("/v1/users?banned=true")));
            Assert.False((await api.PostAsync($"/v1/users/{userId}/unban")).GetProperty("banned").GetBoolean());
            Assert.True((await api.PostAsync($"/v1/users/{userId}/lock")).GetProperty("locked").GetBoolean());
            Assert.False((await api.PostAsync($"/v1/users/{userId}/unlock")).GetProperty("locked").GetBoolean());

            var memberships = await api.GetAsync($"/v1/users/{userId}/organization_memberships?limit=10&offset=0");
            Assert.Equal(0, memberships.GetProperty("total_count").GetInt32());

            var deleted = await api.DeleteAsync($"/v1/users/{userId}");
            Assert.True(deleted.GetProperty("deleted").GetBoolean());
            await api.GetAsync($"/v1/users/{userId}", expect: 404);
        });
    }

    /// <summary>The ids of a list response: a bare array (users) or Clerk's <c>{ data, total_count }</c>.</summary>
    internal static List<string> Ids(JsonElement list) =>
        (list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("data"))
            .EnumerateArray().Select(item => item.GetProperty("id").GetString()!).ToList();
}
