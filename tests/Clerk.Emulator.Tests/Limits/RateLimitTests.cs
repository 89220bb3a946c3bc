using Clerk.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Clerk.Emulator.Tests.Limits;

/// <summary>A development instance's limits, on a fake clock: 429 in Clerk's shape with Retry-After, then a new window.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 12, 9, 0, 0, TimeSpan.Zero));
    private ClerkEmulator emulator = null!;
    private EmulatorApi api = null!;

    public async Task InitializeAsync()
    {
        emulator = await ClerkEmulator.StartAsync(new()
        {
            TimeProvider = time,
            RequestsPerWindow = 5,
            UserUpdatesPerWindow = 2,
            RateLimitWindow = TimeSpan.FromSeconds(10),
        });
        api = new EmulatorApi(emulator);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await emulator.DisposeAsync();
    }

    [Fact]
    public async Task Requests_over_the_per_key_limit_get_429_with_Retry_After_until_the_window_ends()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v1/jwks")).Status);
        }

        time.Advance(TimeSpan.FromSeconds(3));
        var refused = await api.GetAsync("/v1/jwks");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("too_many_requests", refused.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), refused.Headers.RetryAfter!.Delta);

        time.Advance(TimeSpan.FromSeconds(7));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v1/jwks")).Status);
    }

    [Fact]
    public async Task Updates_to_one_user_are_limited_per_user_and_reads_are_not()
    {
        var busy = await emulator.CreateUserAsync("busy@example.com");
        var other = await emulator.CreateUserAsync("other@example.com");

        Assert.Equal(HttpStatusCode.OK, (await api.PatchAsync($"/v1/users/{busy.Id}", """{"first_name":"A"}""")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.PatchAsync($"/v1/users/{busy.Id}/metadata", """{"public_metadata":{"a":1}}""")).Status);
        var refused = await api.PatchAsync($"/v1/users/{busy.Id}", """{"first_name":"B"}""");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(TimeSpan.FromSeconds(10), refused.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/v1/users/{busy.Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.PatchAsync($"/v1/users/{other.Id}", """{"first_name":"C"}""")).Status);
    }

    [Fact]
    public async Task The_embedding_helpers_are_not_rate_limited()
    {
        var user = await emulator.CreateUserAsync("helper@example.com");
        for (var i = 0; i < 20; i++)
        {
            await emulator.SignInAsync(user.Id);
        }

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v1/jwks")).Status);
    }

    [Fact]
    public async Task Rate_limiting_can_be_switched_off()
    {
        await using var unlimited = await ClerkEmulator.StartAsync(new() { TimeProvider = time, RequestsPerWindow = 1, RateLimiting = false });
        using var api = new EmulatorApi(unlimited);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v1/jwks")).Status);
        }
    }
}
