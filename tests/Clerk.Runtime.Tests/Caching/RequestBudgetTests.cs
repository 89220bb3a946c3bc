using Clerk.Tests.Processes;
using Microsoft.Extensions.Logging;

namespace Clerk.Runtime.Tests.Caching;

/// <summary>
/// <c>Clerk:BackendApiRequestBudget</c>: the fleet's own ceiling per 10 s window, counted in Redis, so the instances
/// together stay under it, and Redis failing never stops a call.
/// </summary>
public sealed class RequestBudgetTests
{
    [Fact]
    public async Task Three_instances_on_Redis_send_no_more_than_the_budget_in_one_window_together()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(3, redis, options => options.BackendApiRequestBudget = 4);
        await FreshWindowAsync();

        var answers = new List<(int Status, string Body)>();
        for (var i = 0; i < 9; i++)
        {
            answers.Add(await fleet.GetAsync(i % 3, "/user", $"user_budget_{i}"));
        }
        Assert.Equal(4, answers.Count(answer => answer.Status == 200));
        Assert.Equal(4, fleet.Api.Requests.Count);
        // The others are Clerk's 429, with the wait for the next window, sent nowhere.
        Assert.All(answers.Where(answer => answer.Status != 200), answer => Assert.StartsWith("429 ", answer.Body));
    }

    [Fact]
    public async Task Without_Redis_each_instance_counts_its_own_budget()
    {
        await using var fleet = await ClerkFleet.StartAsync(2, redis: null, options => options.BackendApiRequestBudget = 2);
        await FreshWindowAsync();

        for (var i = 0; i < 6; i++)
        {
            await fleet.GetAsync(i % 2, "/user", $"user_local_budget_{i}");
        }
        Assert.Equal(4, fleet.Api.Requests.Count);
    }

    [Fact]
    public async Task Without_a_budget_nothing_is_held_back()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(2, redis);

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(200, (await fleet.GetAsync(i % 2, "/user", $"user_unbudgeted_{i}")).Status);
        }
        Assert.Equal(20, fleet.Api.Requests.Count);
    }

    [Fact]
    public async Task With_Redis_down_the_budget_fails_open_and_warns_once()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(1, redis, options => options.BackendApiRequestBudget = 1);
        await redis.StopAsync();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal((200, "John"), await fleet.GetAsync(0, "/user", $"user_open_{i}"));
            await Task.Delay(400);
        }
        Assert.Single(fleet.Logs.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("request budget could not be counted"));
    }

    /// <summary>Waits until at least 3 s of the current 10 s window are left, so a test's requests fall in one window.</summary>
    private static async Task FreshWindowAsync()
    {
        var intoWindow = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() % 10_000;
        if (intoWindow > 7_000)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10_000 - intoWindow + 50));
        }
    }
}
