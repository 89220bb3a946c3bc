using System.Text;
using Clerk.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Clerk.Emulator.Tests.Faults;

/// <summary>Faults switched on and off at runtime through /__emulator/faults.</summary>
public sealed class FaultInjectionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 5, 12, 9, 0, 0, TimeSpan.Zero));
    private ClerkEmulator emulator = null!;
    private EmulatorApi api = null!;

    public async Task InitializeAsync()
    {
        emulator = await ClerkEmulator.StartAsync(new() { TimeProvider = time, RateLimiting = false });
        api = new EmulatorApi(emulator);
    }

    public async Task DisposeAsync()
    {
        api.Dispose();
        await emulator.DisposeAsync();
    }

    [Fact]
    public async Task A_status_fault_answers_in_Clerks_shape_for_its_count_then_stops()
    {
        await SetFaultAsync("""{"status":500,"count":2}""");

        Assert.Equal(HttpStatusCode.InternalServerError, (await api.GetAsync("/v1/jwks")).Status);
        var second = await api.GetAsync("/v1/jwks");
        Assert.Equal(HttpStatusCode.InternalServerError, second.Status);
        Assert.NotNull(second.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v1/jwks")).Status);
    }

    [Fact]
    public async Task A_fault_with_a_path_prefix_leaves_other_paths_alone_until_cleared()
    {
        await SetFaultAsync("""{"status":503,"path_prefix":"/v1/users"}""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.GetAsync("/v1/users")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v1/jwks")).Status);

        using var cleared = await api.Http.DeleteAsync("/__emulator/faults");
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v1/users")).Status);
    }

    [Fact]
    public async Task A_dropped_connection_surfaces_as_HttpRequestException()
    {
        await SetFaultAsync("""{"abort":true,"count":1}""");

        await Assert.ThrowsAsync<HttpRequestException>(() => api.GetAsync("/v1/jwks"));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v1/jwks")).Status);
    }

    [Fact]
    public async Task Latency_holds_the_answer_until_the_emulators_clock_has_moved_on()
    {
        await SetFaultAsync("""{"latency_ms":5000,"count":1}""");

        var slow = api.GetAsync("/v1/jwks");
        Assert.True(await WaitForTimerAsync());
        Assert.False(slow.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.OK, (await slow).Status);
    }

    [Fact]
    public async Task A_key_rotation_through_the_admin_endpoint_changes_the_signer()
    {
        var user = await emulator.CreateUserAsync("rotate@example.com");
        var before = Jwt.Header((await emulator.SignInAsync(user.Id)).Token)["kid"]!.GetValue<string>();

        using var rotated = await api.Http.PostAsync("/__emulator/keys/rotate", null);
        var after = Jwt.Header((await emulator.SignInAsync(user.Id)).Token)["kid"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NoContent, rotated.StatusCode);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task A_fault_that_is_not_an_error_status_is_refused()
    {
        using var response = await api.Http.PostAsync("/__emulator/faults", new StringContent("""{"status":200}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    private async Task SetFaultAsync(string json)
    {
        using var response = await api.Http.PostAsync("/__emulator/faults", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    // The delay runs on the fake clock; advancing before the request has reached it would advance nothing.
    private Task<bool> WaitForTimerAsync() =>
        emulator.Services.GetRequiredService<Clerk.Emulator.Faults.FaultInjector>().DelaysStarted.WaitAsync(TimeSpan.FromSeconds(30));
}
