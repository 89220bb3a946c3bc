using System.Text.Json.Nodes;
using Clerk.Emulator.Requests;
using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Requests;

/// <summary>GET and DELETE /__emulator/requests: every /v1 request by its route template, status and arrival.</summary>
public sealed class RequestLogTests : FakeClockEmulatorTest
{
    [Fact]
    public async Task Each_request_is_named_by_the_route_it_reached_with_the_status_it_got()
    {
        var user = await Emulator.CreateUserAsync("logged@example.com");
        var session = await Emulator.SignInAsync(user.Id);
        using var stranger = new EmulatorApi(Emulator, secretKey: "sk_test_not_the_key");

        Assert.Equal(HttpStatusCode.OK, (await Api.GetAsync($"/v1/users/{user.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync("/v1/users/user_missing")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsync("/v1/jwt_templates", """{"name":"supabase","claims":{"uid":"{{user.id}}"}}""")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Api.PostAsync($"/v1/sessions/{session.SessionId}/tokens/supabase")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync("/v1/no/such/route")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync($"/v1/users/{user.Id}")).Status);
        await Api.SetFaultAsync("""{"status":429,"count":1}""");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Api.GetAsync("/v1/jwks")).Status);

        Assert.Equal(
        [
            new RecordedRequest("GET", "GET /v1/users/{user_id}", 200, Start.ToUnixTimeMilliseconds()),
            new RecordedRequest("GET", "GET /v1/users/{user_id}", 404, Start.ToUnixTimeMilliseconds()),
            new RecordedRequest("POST", "POST /v1/jwt_templates", 200, Start.ToUnixTimeMilliseconds()),
            new RecordedRequest("POST", "POST /v1/sessions/{session_id}/tokens/{template_name}", 200, Start.ToUnixTimeMilliseconds()),
            new RecordedRequest("GET", "GET /v1/no/such/route", 404, Start.ToUnixTimeMilliseconds()),
            new RecordedRequest("GET", "GET /v1/users/{user_id}", 401, Start.ToUnixTimeMilliseconds()),
            new RecordedRequest("GET", "GET /v1/jwks", 429, Start.ToUnixTimeMilliseconds()),
        ], await RequestsAsync());
    }

    [Fact]
    public async Task The_wire_shape_is_snake_case_with_at_in_unix_milliseconds()
    {
        await Api.GetAsync("/v1/jwks");

        var listed = JsonNode.Parse(await Api.Http.GetStringAsync("/__emulator/requests"))!.AsArray();

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse($$"""[{"method":"GET","endpoint":"GET /v1/jwks","status":200,"at":{{Start.ToUnixTimeMilliseconds()}}}]"""),
            listed));
    }

    [Fact]
    public async Task A_dropped_connection_is_recorded_with_status_0()
    {
        await Api.SetFaultAsync("""{"abort":true,"count":1}""");

        await Assert.ThrowsAsync<HttpRequestException>(() => Api.GetAsync("/v1/jwks"));

        Assert.Equal([new RecordedRequest("GET", "GET /v1/jwks", 0, Start.ToUnixTimeMilliseconds())], await RequestsAsync());
    }

    [Fact]
    public async Task At_is_the_emulators_clock_and_the_endpoint_and_since_filters_narrow_the_list()
    {
        var user = await Emulator.CreateUserAsync("filtered@example.com");
        await Api.GetAsync("/v1/jwks");
        Time.Advance(TimeSpan.FromSeconds(5));
        var later = Time.GetUtcNow().ToUnixTimeMilliseconds();
        await Api.GetAsync($"/v1/users/{user.Id}");
        await Api.GetAsync("/v1/jwks");

        Assert.Equal([Start.ToUnixTimeMilliseconds(), later, later], (await RequestsAsync()).Select(request => request.At));
        Assert.Equal(["GET /v1/users/{user_id}", "GET /v1/jwks"], (await RequestsAsync($"since={later}")).Select(request => request.Endpoint));
        Assert.Equal([Start.ToUnixTimeMilliseconds(), later], (await RequestsAsync("endpoint=GET%20/v1/jwks")).Select(request => request.At));
        Assert.Equal([later], (await RequestsAsync($"endpoint={Uri.EscapeDataString("GET /v1/jwks")}&since={later}")).Select(request => request.At));
        Assert.Empty(await RequestsAsync($"endpoint={Uri.EscapeDataString($"GET /v1/users/{user.Id}")}"));
    }

    [Fact]
    public async Task A_slow_request_is_listed_in_its_place_by_arrival()
    {
        var user = await Emulator.CreateUserAsync("slow@example.com");
        await Api.SetFaultAsync("""{"latency_ms":5000,"count":1,"path_prefix":"/v1/jwks"}""");
        var slow = Api.GetAsync("/v1/jwks");
        Assert.True(await FaultDelayStartedAsync());

        Time.Advance(TimeSpan.FromSeconds(1));
        await Api.GetAsync($"/v1/users/{user.Id}");
        Time.Advance(TimeSpan.FromSeconds(4));
        await slow;

        Assert.Equal(["GET /v1/jwks", "GET /v1/users/{user_id}"], (await RequestsAsync()).Select(request => request.Endpoint));
    }

    [Fact]
    public async Task Admin_calls_are_not_recorded_and_delete_clears_the_log()
    {
        await Api.GetAsync("/v1/jwks");
        await Api.SetFaultAsync("""{"latency_ms":0}""");
        using (await Api.Http.DeleteAsync("/__emulator/faults"))
        using (await Api.Http.GetAsync("/__emulator/webhooks"))
        using (await Api.Http.PostAsync("/__emulator/keys/rotate", null))
        using (await Api.Http.GetAsync("/__emulator/requests"))
        {
        }

        Assert.Equal(["GET /v1/jwks"], (await RequestsAsync()).Select(request => request.Endpoint));

        using var cleared = await Api.Http.DeleteAsync("/__emulator/requests");

        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(await RequestsAsync());
    }

    [Fact]
    public async Task Parallel_requests_are_each_counted()
    {
        var user = await Emulator.CreateUserAsync("parallel@example.com");

        await Task.WhenAll(Enumerable.Range(0, 400).Select(i => i % 2 == 0 ? Api.GetAsync("/v1/jwks") : Api.GetAsync($"/v1/users/{user.Id}")));

        var counts = (await RequestsAsync()).GroupBy(request => (request.Endpoint, request.Status)).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(new Dictionary<(string, int), int>
        {
            [("GET /v1/jwks", 200)] = 200,
            [("GET /v1/users/{user_id}", 200)] = 200,
        }, counts);
    }

    [Fact]
    public async Task A_since_that_is_not_an_integer_is_refused()
    {
        using var response = await Api.Http.GetAsync("/__emulator/requests?since=yesterday");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Requests_the_rate_limiter_refuses_are_recorded_with_its_429()
    {
        await using var limited = await ClerkEmulator.StartAsync(new() { TimeProvider = Time, RequestsPerWindow = 1 });
        using var limitedApi = new EmulatorApi(limited);

        await limitedApi.GetAsync("/v1/jwks");
        await limitedApi.GetAsync("/v1/jwks");

        Assert.Equal([200, 429], (await RequestsAsync(limitedApi)).Select(request => request.Status));
    }

    [Fact]
    public void The_log_keeps_only_the_most_recent_requests()
    {
        var log = new RequestLog(capacity: 3);

        for (var i = 0; i < 5; i++)
        {
            log.Add(new RecordedRequest("GET", "GET /v1/jwks", 200, i));
        }

        Assert.Equal([2L, 3L, 4L], log.Find(endpoint: null, since: null).Select(request => request.At));
    }

    private Task<List<RecordedRequest>> RequestsAsync(string query = "") => RequestsAsync(Api, query);

    private static async Task<List<RecordedRequest>> RequestsAsync(EmulatorApi client, string query = "")
    {
        var listed = JsonNode.Parse(await client.Http.GetStringAsync($"/__emulator/requests?{query}"))!.AsArray();
        return listed.Select(item => new RecordedRequest(
            item!["method"]!.GetValue<string>(),
            item["endpoint"]!.GetValue<string>(),
            item["status"]!.GetValue<int>(),
            item["at"]!.GetValue<long>())).ToList();
    }
}
