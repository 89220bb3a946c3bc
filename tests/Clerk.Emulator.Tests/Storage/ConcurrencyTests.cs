using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Storage;

/// <summary>Concurrent read-modify-write requests never lose an update.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Fifty_parallel_metadata_merges_on_one_user_keep_all_fifty_keys()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new EmulatorApi(emulator);
        var user = await emulator.CreateUserAsync("busy@example.com");

        var merges = Enumerable.Range(0, 50).Select(i =>
            api.PatchAsync($"/v1/users/{user.Id}/metadata", $$$"""{"public_metadata":{"key{{{i}}}":{{{i}}}}}"""));
        var answers = await Task.WhenAll(merges);

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));
        var metadata = (await api.GetAsync($"/v1/users/{user.Id}")).Json["public_metadata"]!.AsObject();
        Assert.Equal(50, metadata.Count);
        Assert.All(Enumerable.Range(0, 50), i => Assert.Equal(i, metadata[$"key{i}"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Parallel_creates_with_one_email_make_exactly_one_user()
    {
        await using var emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        using var api = new EmulatorApi(emulator);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            api.PostAsync("/v1/users", """{"email_address":["race@example.com"]}""")));

        Assert.Single(answers, a => a.Status == HttpStatusCode.OK);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.OK), a => Assert.Equal("form_identifier_exists", a.ErrorCode));
    }
}
