using System.Diagnostics;
using Clerk.BackendApi;

namespace Clerk.Runtime.Tests.BackendApi;

/// <summary>Rate limits, server errors, slow answers and dropped connections, at a fake Backend API on loopback.</summary>
public sealed class ClerkClientFaultTests : IAsyncLifetime
{
    private const string ClerkErrors = """
        {"errors":[{"code":"form_param_nil","message":"is missing","long_message":"user_id must be included.","meta":{"param_name":"user_id"}}],
         "clerk_trace_id":"trace_abc123"}
        """;

    private FakeClerkApi api = null!;

    public async Task InitializeAsync() => api = await FakeClerkApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_once_and_then_succeeds()
    {
        api.ThenJson(429, ClerkErrors, response => response.Headers.RetryAfter = "1").ThenJson(200, SpecShapedJson.User);

        var user = await ClerkClients.Create(api).Users.GetUserAsync("user_1");

        Assert.Equal("John", user.FirstName);
        var requests = api.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(TimeProvider.System.GetElapsedTime(requests[0].ReceivedAt, requests[1].ReceivedAt) >= TimeSpan.FromMilliseconds(950),
            "the retry came before Retry-After had passed");
    }

    [Fact]
    public async Task A_429_is_retried_for_a_POST_too_because_the_rate_limiter_refuses_before_any_work()
    {
        api.ThenJson(429, ClerkErrors, response => response.Headers.RetryAfter = "0").ThenJson(200, SpecShapedJson.User);

        await ClerkClients.Create(api).Users.CreateUserAsync(new() { EmailAddress = ["a@example.com"] });

        Assert.Equal(["POST", "POST"], api.Requests.Select(request => request.Method));
        Assert.Equal(api.Requests[0].Body, api.Requests[1].Body);
    }

    [Fact]
    public async Task A_429_asking_for_longer_than_the_bound_fails_at_once_with_RetryAfter()
    {
        api.ThenJson(429, ClerkErrors, response => response.Headers.RetryAfter = "120");
        var clerk = ClerkClients.Create(api, options => options.BackendApiMaxRetryAfter = TimeSpan.FromSeconds(2));

        var exception = await Assert.ThrowsAsync<ClerkApiException>(() => clerk.Users.GetUserAsync("user_1"));

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), exception.RetryAfter);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_500_on_a_GET_is_retried()
    {
        api.ThenJson(500, "{}").ThenJson(200, SpecShapedJson.User);

        var user = await ClerkClients.Create(api).Users.GetUserAsync("user_1");

        Assert.Equal("John", user.FirstName);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_500_on_a_POST_is_not_retried_because_the_server_may_have_acted()
    {
        api.ThenJson(500, ClerkErrors).ThenJson(200, SpecShapedJson.User);

        var exception = await Assert.ThrowsAsync<ClerkApiException>(
            () => ClerkClients.Create(api).Users.CreateUserAsync(new() { FirstName = "John" }));

        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_500_on_a_PATCH_is_not_retried()
    {
        api.ThenJson(503, "{}");

        var exception = await Assert.ThrowsAsync<ClerkApiException>(
            () => ClerkClients.Create(api).Users.UpdateUserAsync("user_1", new() { FirstName = "John" }));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_number()
    {
        api.Fallback = context => FakeClerkApi.Json(context, 502, "{}");
        var clerk = ClerkClients.Create(api, options => options.BackendApiMaxRetries = 2);

        var exception = await Assert.ThrowsAsync<ClerkApiException>(() => clerk.Users.GetUserAsync("user_1"));

        Assert.Equal(HttpStatusCode.BadGateway, exception.StatusCode);
        Assert.Equal(3, api.Requests.Count);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_GET_is_retried()
    {
        api.Then(context => { context.Abort(); return Task.CompletedTask; }).ThenJson(200, SpecShapedJson.User);

        var user = await ClerkClients.Create(api).Users.GetUserAsync("user_1");

        Assert.Equal("John", user.FirstName);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_dropped_connection_on_a_POST_surfaces_as_HttpRequestException_without_a_retry()
    {
        api.Then(context => { context.Abort(); return Task.CompletedTask; }).ThenJson(200, SpecShapedJson.User);

        await Assert.ThrowsAsync<HttpRequestException>(() => ClerkClients.Create(api).Users.BanUserAsync("user_1"));

        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_slow_answer_times_out_within_the_total_timeout()
    {
        api.Fallback = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            await FakeClerkApi.Json(context, 200, SpecShapedJson.User);
        };
        var clerk = ClerkClients.Create(api, options =>
        {
            options.BackendApiAttemptTimeout = TimeSpan.FromMilliseconds(300);
            options.BackendApiTimeout = TimeSpan.FromSeconds(1);
        });
        var clock = Stopwatch.StartNew();

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => clerk.Users.GetUserAsync("user_1"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the call hung for {clock.Elapsed}");
        Assert.Contains("/v1/users/user_1", exception.Message);
        Assert.InRange(api.Requests.Count, 2, 4);
    }

    [Fact]
    public async Task A_body_that_stalls_after_the_headers_times_out_rather_than_hanging()
    {
        api.Fallback = async context =>
        {
            await SendTheFirstBytesOfALongBody(context);
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        };
        var clerk = ClerkClients.Create(api, options =>
        {
            options.BackendApiAttemptTimeout = TimeSpan.FromMilliseconds(300);
            options.BackendApiTimeout = TimeSpan.FromSeconds(1);
        });
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutException>(() => clerk.Users.GetUserAsync("user_1"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the call hung for {clock.Elapsed}");
    }

    [Fact]
    public async Task A_body_cut_off_mid_way_on_a_GET_is_retried()
    {
        api.Then(async context =>
        {
            await SendTheFirstBytesOfALongBody(context);
            context.Abort();
        }).ThenJson(200, SpecShapedJson.User);

        var user = await ClerkClients.Create(api).Users.GetUserAsync("user_1");

        Assert.Equal("John", user.FirstName);
        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task A_slow_POST_times_out_after_one_attempt()
    {
        api.Fallback = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            await FakeClerkApi.Json(context, 200, "{}");
        };
        var clerk = ClerkClients.Create(api, options => options.BackendApiAttemptTimeout = TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAsync<TimeoutException>(() => clerk.Users.BanUserAsync("user_1"));

        Assert.Single(api.Requests);
    }

    [Fact]
    public async Task A_Retry_After_wait_never_outlives_the_total_timeout()
    {
        api.ThenJson(429, "{}", response => response.Headers.RetryAfter = "5");
        var clerk = ClerkClients.Create(api, options =>
        {
            options.BackendApiTimeout = TimeSpan.FromSeconds(1);
            options.BackendApiAttemptTimeout = TimeSpan.FromSeconds(1);
        });
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAsync<TimeoutException>(() => clerk.Users.GetUserAsync("user_1"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"the call waited {clock.Elapsed}");
    }

    [Fact]
    public async Task A_Clerk_error_body_is_read_into_Errors_and_ClerkTraceId()
    {
        api.ThenJson(422, ClerkErrors);

        var exception = await Assert.ThrowsAsync<ClerkApiException>(
            () => ClerkClients.Create(api).Sessions.CreateSessionAsync(new() { UserId = "" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, exception.StatusCode);
        var error = Assert.Single(exception.Errors);
        Assert.Equal(("form_param_nil", "is missing", "user_id must be included."), (error.Code, error.Message, error.LongMessage));
        Assert.Equal("user_id", error.Meta?.GetProperty("param_name").GetString());
        Assert.Equal("trace_abc123", exception.ClerkTraceId);
        Assert.Null(exception.RetryAfter);
        Assert.Contains("form_param_nil", exception.Message);
    }

    [Theory]
    [InlineData("text/html", "<html><body>502 Bad Gateway</body></html>")]
    [InlineData("application/json", "{\"errors\": [")]
    [InlineData("application/json", "[1, 2]")]
    [InlineData("text/plain", "")]
    public async Task A_body_that_is_not_Clerk_error_JSON_still_gives_the_status(string contentType, string body)
    {
        api.Then(async context =>
        {
            context.Response.StatusCode = 404;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });

        var exception = await Assert.ThrowsAsync<ClerkApiException>(() => ClerkClients.Create(api).Users.GetUserAsync("user_1"));

        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Empty(exception.Errors);
        Assert.Null(exception.ClerkTraceId);
    }

    [Fact]
    public async Task Without_a_secret_key_nothing_is_sent_and_the_error_names_CLERK_SECRET_KEY()
    {
        var clerk = ClerkClients.Create(api, options => options.SecretKey = null);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => clerk.Users.GetUserAsync("user_1"));

        Assert.Contains("CLERK_SECRET_KEY", exception.Message);
        Assert.Empty(api.Requests);
    }

    [Fact]
    public async Task Calling_AddClerk_twice_does_not_stack_a_second_retry_pipeline()
    {
        api.Fallback = context => FakeClerkApi.Json(context, 500, "{}");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = Environments.Development });
        services.AddClerk(options =>
        {
            options.ApiUrl = api.Url;
            options.SecretKey = ClerkClients.SecretKey;
            options.BackendApiMaxRetries = 1;
            options.BackendApiRetryDelay = TimeSpan.Zero;
        });
        services.AddClerk();
        await using var provider = services.BuildServiceProvider();

        await Assert.ThrowsAsync<ClerkApiException>(() => provider.GetRequiredService<ClerkClient>().Users.GetUserAsync("user_1"));

        Assert.Equal(2, api.Requests.Count);
    }

    [Fact]
    public async Task The_caller_cancelling_surfaces_as_a_cancellation()
    {
        api.Fallback = async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            await FakeClerkApi.Json(context, 200, "{}");
        };
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ClerkClients.Create(api).Users.GetUserAsync("user_1", cancellation.Token));
    }

    /// <summary>Promises a 10,000-byte JSON body, sends its first bytes and flushes them, so the client has headers but no whole body.</summary>
    private static async Task SendTheFirstBytesOfALongBody(HttpContext context)
    {
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = 10_000;
        await context.Response.Body.WriteAsync("{\"id\":"u8.ToArray());
        await context.Response.Body.FlushAsync();
    }
}
