using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Clerk.Emulator;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// Three processes of samples/RouteHandlers in Production, as behind a load balancer: one Clerk instance (an emulator
/// in the test process, its webhooks delivered to the first instance only, as Clerk delivers to one URL), users kept
/// for a minute (<c>Clerk__UserCacheDuration</c>), and, when shared, one real redis-server
/// (<c>ConnectionStrings__redis</c>). The emulator's request log counts what reached the Backend API.
/// </summary>
internal sealed class SampleFleet : IAsyncDisposable
{
    public const string UserFetch = "GET /v1/users/{user_id}";
    public const string TemplateMint = "POST /v1/sessions/{session_id}/tokens/{template_name}";

    private readonly List<RunningApp> instances = [];

    private SampleFleet(ClerkEmulator emulator, RedisServer? redis)
    {
        Emulator = emulator;
        Redis = redis;
        Admin = new HttpClient { BaseAddress = emulator.ApiUrl, Timeout = TimeSpan.FromSeconds(30) };
        Backend = EmulatorSampleFixture.BackendClient(emulator);
    }

    public ClerkEmulator Emulator { get; }

    public RedisServer? Redis { get; }

    public IReadOnlyList<RunningApp> Instances => instances;

    /// <summary>The emulator's Backend API with its secret key.</summary>
    public HttpClient Backend { get; }

    /// <summary>The emulator's loopback-only admin endpoints (<c>/__emulator/...</c>).</summary>
    public HttpClient Admin { get; }

    public static async Task<SampleFleet> StartAsync(bool shared, int count = 3)
    {
        var emulator = await EmulatorSampleFixture.StartEmulatorAsync();
        var fleet = new SampleFleet(emulator, shared ? await RedisServer.StartAsync() : null);
        var settings = EmulatorSampleFixture.SampleSettings(emulator);
        settings["Clerk__UserCacheDuration"] = "00:01:00";
        if (fleet.Redis is { } redis)
        {
            settings["ConnectionStrings__redis"] = redis.Configuration;
        }
        fleet.instances.AddRange(await Task.WhenAll(Enumerable.Range(0, count).Select(_ => SampleAppFixture.StartSampleAsync("Production", settings))));
        emulator.AddWebhookEndpoint(new Uri(fleet.instances[0].Client.BaseAddress!, "/api/webhooks").ToString());
        return fleet;
    }

    /// <summary>A new user at Clerk, signed in, with a session token that outlives the test.</summary>
    public async Task<(string UserId, string Token)> SignedInUserAsync(string firstName)
    {
        var user = await Emulator.CreateUserAsync($"{firstName.ToLowerInvariant()}.{Guid.NewGuid():N}@example.com", firstName);
        var session = await Emulator.SignInAsync(user.Id);
        return (user.Id, await Emulator.CreateSessionTokenAsync(session.SessionId, TimeSpan.FromMinutes(10)));
    }

    public async Task<(int Status, JsonNode? Body)> GetAsync(int instance, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await instances[instance].Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType == "application/json" ? JsonNode.Parse(text) : JsonValue.Create(text));
    }

    /// <summary>The first name <c>/api/current-user</c> answers on <paramref name="instance"/>.</summary>
    public async Task<string?> FirstNameAsync(int instance, string token)
    {
        var (status, body) = await GetAsync(instance, "/api/current-user", token);
        Assert.True(status == 200, $"/api/current-user on instance {instance}: {status} {body}");
        return (string?)body!["firstName"];
    }

    /// <summary>The Backend API requests the emulator received for <paramref name="endpoint"/>, oldest first.</summary>
    public async Task<IReadOnlyList<JsonNode>> RequestsAsync(string endpoint)
    {
        var log = await Admin.GetFromJsonAsync<JsonArray>("/__emulator/requests?endpoint=" + Uri.EscapeDataString(endpoint));
        return log!.Select(entry => entry!).ToList();
    }

    public async Task ClearRequestsAsync() => (await Admin.DeleteAsync("/__emulator/requests")).EnsureSuccessStatusCode();

    /// <summary>Every instance's output, for a failure message.</summary>
    public string Output => string.Join("\n", instances.Select((instance, i) => $"--- instance {i} ---\n{instance.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }
        Admin.Dispose();
        Backend.Dispose();
        await Emulator.DisposeAsync();
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }
    }
}
