using System.Text;
using Clerk.Emulator.Api;
using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Faults;

/// <summary>Faults switched on and off at runtime through /__emulator/faults.</summary>
public sealed class FaultInjectionTests : FakeClockEmulatorTest
{
    [Fact]
    public async Task A_status_fault_answers_in_Clerks_shape_for_its_count_then_stops()
    {
        await Api.SetFaultAsync("""{"status":500,"count":2}""");

        Assert.Equal(HttpStatusCode.InternalServerError, (await Api.GetAsync("/v1/jwks")).Status);
        var second = await Api.GetAsync("/v1/jwks");
        Assert.Equal(HttpStatusCode.InternalServerError, second.Status);
        Assert.NotNull(second.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync("/v1/jwks")).Status);
    }

    [Fact]
    public async Task A_fault_with_a_path_prefix_leaves_other_paths_alone_until_cleared()
    {
        await Api.SetFaultAsync("""{"status":503,"path_prefix":"/v1/users"}""");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Api.GetAsync("/v1/users")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync("/v1/jwks")).Status);

        using var cleared = await Api.Http.DeleteAsync("/__emulator/faults");
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync("/v1/users")).Status);
    }

    [Fact]
    public async Task A_dropped_connection_surfaces_as_HttpRequestException()
    {
        await Api.SetFaultAsync("""{"abort":true,"count":1}""");

        await Assert.ThrowsAsync<HttpRequestException>(() => Api.GetAsync("/v1/jwks"));
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync("/v1/jwks")).Status);
    }

    [Fact]
    public async Task Latency_holds_the_answer_until_the_emulators_clock_has_moved_on()
    {
        await Api.SetFaultAsync("""{"latency_ms":5000,"count":1}""");

        var slow = Api.GetAsync("/v1/jwks");
        Assert.True(await FaultDelayStartedAsync());
        Assert.False(slow.IsCompleted);

        Time.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(HttpStatusCode.OK, (await slow).Status);
    }

    [Fact]
    public async Task A_key_rotation_through_the_admin_endpoint_changes_the_signer()
    {
        var user = await Emulator.CreateUserAsync("rotate@example.com");
        var before = Jwt.Header((await Emulator.SignInAsync(user.Id)).Token)["kid"]!.GetValue<string>();

        using var rotated = await Api.Http.PostAsync("/__emulator/keys/rotate", null);
        var after = Jwt.Header((await Emulator.SignInAsync(user.Id)).Token)["kid"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NoContent, rotated.StatusCode);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task A_429_fault_is_the_rate_limiters_answer_with_the_Retry_After_asked_for()
    {
        await Api.SetFaultAsync("""{"status":429,"retry_after":5,"count":1}""");

        var refused = await Api.GetAsync("/v1/jwks");

        var limiters = ApiError.TooManyRequests(retryAfterSeconds: null);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(limiters.Code, refused.ErrorCode);
        Assert.Equal(limiters.ShortMessage, refused.Json["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(limiters.LongMessage, refused.Json["errors"]![0]!["long_message"]!.GetValue<string>());
        Assert.NotNull(refused.Json["clerk_trace_id"]);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task Retry_after_goes_with_any_status_and_without_it_there_is_no_header()
    {
        await Api.SetFaultAsync("""{"status":503,"retry_after":0,"count":1}""");
        var withHeader = await Api.GetAsync("/v1/jwks");
        await Api.SetFaultAsync("""{"status":429,"count":1}""");
        var without = await Api.GetAsync("/v1/jwks");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, withHeader.Status);
        Assert.Equal(TimeSpan.Zero, withHeader.Headers.RetryAfter!.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, without.Status);
        Assert.Null(without.Headers.RetryAfter);
    }

    [Theory]
    [InlineData("""{"status":429,"retry_after":-1}""", "form_param_value_invalid")]
    [InlineData("""{"status":429,"retry_after":3601}""", "form_param_value_invalid")]
    [InlineData("""{"status":429,"retry_after":4294967301}""", "form_param_value_invalid")]
    [InlineData("""{"retry_after":5}""", "form_param_value_invalid")]
    [InlineData("""{"status":429,"retry_after":1.5}""", "form_param_format_invalid")]
    [InlineData("""{"status":429,"retry_after":"5"}""", "form_param_format_invalid")]
    public async Task A_retry_after_that_is_not_whole_seconds_up_to_an_hour_with_a_status_is_refused(string json, string code)
    {
        var refused = await Api.PostAsync("/__emulator/faults", json);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(code, refused.ErrorCode);
        Assert.Equal("retry_after", refused.ErrorParam);
        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync("/v1/jwks")).Status);
    }

    [Fact]
    public async Task A_fault_that_is_not_an_error_status_is_refused()
    {
        using var response = await Api.Http.PostAsync("/__emulator/faults", new StringContent("""{"status":200}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }
}
