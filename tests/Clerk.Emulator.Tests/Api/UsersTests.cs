using System.Text.Json.Nodes;
using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Api;

/// <summary>/v1/users: filters that repeat the key, paging, ordering, count, metadata merge and replace, ban and lock.</summary>
public sealed class UsersTests : FreshEmulatorTest
{
    [Fact]
    public async Task A_created_user_has_the_wire_shape_with_a_verified_primary_email()
    {
        var answer = await Api.PostAsync("/v1/users",
            """{"email_address":["ann@example.com"],"first_name":"Ann","last_name":"Lee","username":"annlee","external_id":"ext-1","public_metadata":{"plan":"pro"}}""");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var user = answer.Json;
        Assert.Equal("user", user["object"]!.GetValue<string>());
        Assert.StartsWith("user_", user["id"]!.GetValue<string>());
        Assert.Equal(32, user["id"]!.GetValue<string>().Length);
        var email = user["email_addresses"]![0]!;
        Assert.Equal(email["id"]!.GetValue<string>(), user["primary_email_address_id"]!.GetValue<string>());
        Assert.Equal("verified", email["verification"]!["status"]!.GetValue<string>());
        Assert.Equal("pro", user["public_metadata"]!["plan"]!.GetValue<string>());
        Assert.True(user["created_at"]!.GetValue<long>() > 1_600_000_000_000);
        Assert.True(user.AsObject().ContainsKey("last_sign_in_at"));
    }

    [Fact]
    public async Task Lists_filter_by_repeated_keys_and_page_newest_first()
    {
        var a = await Api.CreateUserAsync("""{"email_address":["a@example.com"],"first_name":"Zed"}""");
        var b = await Api.CreateUserAsync("""{"email_address":["b@example.com"],"first_name":"Amy"}""");
        var c = await Api.CreateUserAsync("""{"email_address":["c@example.com"],"first_name":"Max"}""");

        var byEmail = await Api.GetAsync("/v1/users?email_address=a@example.com&email_address=c@example.com");
        Assert.Equal([c, a], Ids(byEmail));

        var excluded = await Api.GetAsync($"/v1/users?user_id=-{b}");
        Assert.Equal([c, a], Ids(excluded));

        var paged = await Api.GetAsync("/v1/users?limit=1&offset=1");
        Assert.Equal([b], Ids(paged));

        var byName = await Api.GetAsync("/v1/users?order_by=first_name");
        Assert.Equal([b, c, a], Ids(byName));

        var oldestFirst = await Api.GetAsync("/v1/users?order_by=%2Bcreated_at");
        Assert.Equal([a, b, c], Ids(oldestFirst));

        var query = await Api.GetAsync("/v1/users?query=amy");
        Assert.Equal([b], Ids(query));

        var count = await Api.GetAsync("/v1/users/count?email_address=a@example.com&email_address=b@example.com");
        Assert.Equal(2, count.Json["total_count"]!.GetValue<long>());
        Assert.Equal("total_count", count.Json["object"]!.GetValue<string>());
    }

    [Fact]
    public async Task Users_filter_by_organization_membership()
    {
        var member = await Emulator.CreateUserAsync("member@example.com");
        await Emulator.CreateUserAsync("outsider@example.com");
        var org = await Emulator.CreateOrganizationAsync("Filter Org");
        await Emulator.AddMembershipAsync(org.Id, member.Id, "org:member");

        var answer = await Api.GetAsync($"/v1/users?organization_id={org.Id}");

        Assert.Equal([member.Id], Ids(answer));
    }

    [Fact]
    public async Task An_out_of_range_limit_is_422()
    {
        var answer = await Api.GetAsync("/v1/users?limit=501");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
        Assert.Equal("limit", answer.ErrorParam);
    }

    [Fact]
    public async Task Patch_metadata_deep_merges_and_null_deletes_while_put_replaces()
    {
        var id = await Api.CreateUserAsync("""{"email_address":["m@example.com"],"public_metadata":{"a":{"x":1,"y":2},"keep":true,"drop":1}}""");

        var merged = await Api.PatchAsync($"/v1/users/{id}/metadata", """{"public_metadata":{"a":{"y":3,"z":4},"drop":null},"private_metadata":{"secret":1}}""");

        Assert.Equal(HttpStatusCode.OK, merged.Status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"a":{"x":1,"y":3,"z":4},"keep":true}"""), merged.Json["public_metadata"]));
        Assert.Equal(1, merged.Json["private_metadata"]!["secret"]!.GetValue<int>());

        var replaced = await Api.PutAsync($"/v1/users/{id}/metadata", """{"public_metadata":{"only":"this"}}""");

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"only":"this"}"""), replaced.Json["public_metadata"]));
        Assert.Equal(1, replaced.Json["private_metadata"]!["secret"]!.GetValue<int>());
    }

    [Fact]
    public async Task Update_changes_names_and_clears_the_username_with_null()
    {
        var id = await Api.CreateUserAsync("""{"email_address":["u@example.com"],"username":"someone"}""");

        var answer = await Api.PatchAsync($"/v1/users/{id}", """{"first_name":"John","last_name":"Wick","username":null}""");

        Assert.Equal("John", answer.Json["first_name"]!.GetValue<string>());
        Assert.Equal("Wick", answer.Json["last_name"]!.GetValue<string>());
        Assert.Null(answer.Json["username"]);
    }

    [Fact]
    public async Task Banning_revokes_sessions_and_blocks_sign_in_until_unbanned()
    {
        var user = await Emulator.CreateUserAsync("ban@example.com");
        var session = await Emulator.SignInAsync(user.Id);

        var banned = await Api.PostAsync($"/v1/users/{user.Id}/ban");
        Assert.True(banned.Json["banned"]!.GetValue<bool>());
        Assert.Equal("revoked", (await Api.GetAsync($"/v1/sessions/{session.SessionId}")).Json["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Api.PostAsync("/v1/sessions", $$"""{"user_id":"{{user.Id}}"}""")).Status);

        var unbanned = await Api.PostAsync($"/v1/users/{user.Id}/unban");
        Assert.False(unbanned.Json["banned"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsync("/v1/sessions", $$"""{"user_id":"{{user.Id}}"}""")).Status);

        Assert.True((await Api.PostAsync($"/v1/users/{user.Id}/lock")).Json["locked"]!.GetValue<bool>());
        Assert.False((await Api.PostAsync($"/v1/users/{user.Id}/unlock")).Json["locked"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Deleting_answers_a_deleted_object_and_the_user_is_gone()
    {
        var id = await Api.CreateUserAsync("""{"email_address":["gone@example.com"]}""");

        var deleted = await Api.DeleteAsync($"/v1/users/{id}");

        Assert.Equal("user", deleted.Json["object"]!.GetValue<string>());
        Assert.True(deleted.Json["deleted"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"/v1/users/{id}")).Status);
    }

    private static string[] Ids(Answer answer) =>
        answer.Json.AsArray().Select(u => u!["id"]!.GetValue<string>()).ToArray();
}
