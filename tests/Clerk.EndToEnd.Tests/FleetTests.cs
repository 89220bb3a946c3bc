using System.Diagnostics;
using System.Net.Http.Json;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// The sample as a fleet of three processes on one Clerk instance: with Redis they spend Clerk's rate limit once per
/// user and session, see a change within a second, pause together on a 429 and keep answering when Redis is gone.
/// </summary>
public sealed class FleetTests
{
    private const int Users = 10;

    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 3)]
    public async Task Ten_users_on_three_instances_cost_one_user_fetch_and_one_template_mint_each_when_Redis_is_shared(bool shared, int perUser)
    {
        await using var fleet = await SampleFleet.StartAsync(shared);
        var users = await Task.WhenAll(Enumerable.Range(0, Users).Select(i => fleet.SignedInUserAsync("User" + i)));
        await fleet.ClearRequestsAsync();

        // Each user's requests one after another, as a browser sends them, across all three instances; users at once.
        await Task.WhenAll(users.Select(async user =>
        {
            for (var round = 0; round < 2; round++)
            {
                for (var instance = 0; instance < 3; instance++)
                {
                    var (status, body) = await fleet.GetAsync(instance, "/api/current-user", user.Token);
                    Assert.True(status == 200 && (string?)body!["userId"] == user.UserId, $"{status} {body}");
                    Assert.Equal(200, (await fleet.GetAsync(instance, "/api/supabase", user.Token)).Status);
                }
            }
        }));

        var fetches = await fleet.RequestsAsync(SampleFleet.UserFetch);
        var mints = await fleet.RequestsAsync(SampleFleet.TemplateMint);
        Assert.True(fetches.Count == Users * perUser, $"{fetches.Count} user fetches for {Users} users (shared: {shared})\n{fleet.Output}");
        Assert.True(mints.Count == Users * perUser, $"{mints.Count} template mints for {Users} sessions (shared: {shared})");
    }

    [Fact]
    public async Task A_user_changed_on_one_instance_or_by_a_webhook_is_fresh_on_every_instance_within_a_second()
    {
        await using var fleet = await SampleFleet.StartAsync(shared: true);
        var (userId, token) = await fleet.SignedInUserAsync("Ada");
        for (var instance = 0; instance < 3; instance++)
        {
            Assert.Equal("Ada", await fleet.FirstNameAsync(instance, token));
        }

        // The seed's update-user route, through ClerkClient on the second instance.
        using (var update = new HttpRequestMessage(HttpMethod.Post, "/api/update-user"))
        {
            update.Headers.Authorization = new("Bearer", token);
            (await fleet.Instances[1].Client.SendAsync(update)).EnsureSuccessStatusCode();
        }
        await AllSeeAsync(fleet, token, "John", TimeSpan.FromSeconds(1));

        // Changed at Clerk (the dashboard, another app): the user.updated webhook reaches the first instance only.
        (await fleet.Backend.PatchAsJsonAsync($"/v1/users/{userId}", new { first_name = "Grace" })).EnsureSuccessStatusCode();
        // A second for the cache, on top of the emulator's delivery of the event.
        await AllSeeAsync(fleet, token, "Grace", TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task A_429_on_one_instance_pauses_the_whole_fleet_until_Retry_After_has_passed()
    {
        await using var fleet = await SampleFleet.StartAsync(shared: true);
        var users = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => fleet.SignedInUserAsync("Paused" + i)));
        await fleet.ClearRequestsAsync();
        (await fleet.Admin.PostAsJsonAsync("/__emulator/faults", new { status = 429, retry_after = 2, path_prefix = "/v1/users", count = 1 }))
            .EnsureSuccessStatusCode();

        var first = fleet.GetAsync(0, "/api/current-user", users[0].Token);
        await Task.Delay(300);
        var others = new[] { fleet.GetAsync(1, "/api/current-user", users[1].Token), fleet.GetAsync(2, "/api/current-user", users[2].Token) };
        // Every one is answered in the end: the sample's client retries once Retry-After has passed.
        foreach (var (status, body) in await Task.WhenAll([first, .. others]))
        {
            Assert.True(status == 200, $"{status} {body}\n{fleet.Output}");
        }

        var fetches = await fleet.RequestsAsync(SampleFleet.UserFetch);
        var limited = Assert.Single(fetches, fetch => (int)fetch["status"]! == 429);
        var pausedUntil = (long)limited["at"]! + 2000;
        var during = fetches.Where(fetch => (long)fetch["at"]! > (long)limited["at"]! && (long)fetch["at"]! < pausedUntil - 100).ToList();
        Assert.True(during.Count == 0, $"{during.Count} user fetches while the fleet was paused: {string.Join(", ", during)}");
        Assert.Equal(4, fetches.Count);
    }

    [Fact]
    public async Task With_Redis_down_every_instance_keeps_answering_warns_once_and_shares_again_when_it_is_back()
    {
        await using var fleet = await SampleFleet.StartAsync(shared: true);
        var (_, token) = await fleet.SignedInUserAsync("Known");
        for (var instance = 0; instance < 3; instance++)
        {
            await fleet.FirstNameAsync(instance, token);
        }

        await fleet.Redis!.StopAsync();
        for (var round = 0; round < 3; round++)
        {
            var (_, newcomer) = await fleet.SignedInUserAsync("Newcomer");
            for (var instance = 0; instance < 3; instance++)
            {
                Assert.Equal("Known", await fleet.FirstNameAsync(instance, token));
                Assert.Equal("Newcomer", await fleet.FirstNameAsync(instance, newcomer));
                Assert.Equal(200, (await fleet.GetAsync(instance, "/api/supabase", newcomer)).Status);
            }
            await Task.Delay(500);
        }
        for (var instance = 0; instance < 3; instance++)
        {
            var warnings = fleet.Instances[instance].Output.Split('\n').Count(line => line.Contains("shared cache is unavailable"));
            Assert.True(warnings == 1, $"instance {instance} warned {warnings} times\n{fleet.Instances[instance].Output}");
        }

        await fleet.Redis.StartAgainAsync();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var (_, newcomer) = await fleet.SignedInUserAsync("Returning");
            await fleet.ClearRequestsAsync();
            for (var instance = 0; instance < 3; instance++)
            {
                await fleet.FirstNameAsync(instance, newcomer);
            }
            if ((await fleet.RequestsAsync(SampleFleet.UserFetch)).Count == 1)
            {
                break;
            }
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"not shared again 60 s after Redis came back\n{fleet.Output}");
            await Task.Delay(500);
        }
    }

    private static async Task AllSeeAsync(SampleFleet fleet, string token, string firstName, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        for (var instance = 0; instance < 3; instance++)
        {
            string? seen;
            while ((seen = await fleet.FirstNameAsync(instance, token)) != firstName)
            {
                Assert.True(clock.Elapsed < within, $"instance {instance} still answers {seen} after {clock.Elapsed}\n{fleet.Output}");
                await Task.Delay(20);
            }
        }
    }
}
