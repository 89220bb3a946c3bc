using System.Collections.Concurrent;
using System.Text.Json;
using Clerk.BackendApi;
using Clerk.Endpoints;
using Clerk.Runtime.Tests.AuthBackend;
using Clerk.Runtime.Tests.BackendApi;
using Clerk.Runtime.Tests.Protection;
using Clerk.Runtime.Tests.Verification;
using Clerk.Tests.Hosting;
using Clerk.Tests.Logging;
using Clerk.Tests.Processes;
using Microsoft.Extensions.Logging;

namespace Clerk.Runtime.Tests.Caching;

/// <summary>
/// Instances of one app behind a load balancer, in one process: each its own <see cref="LoopbackApp"/> (own memory
/// level, own HTTP clients), all on one real Redis (when asked) and one fake Backend API that counts what reaches it.
/// The fake knows users by id (their first name changes with PATCH), mints template tokens and vouches for one API key.
/// </summary>
internal sealed class ClerkFleet : IAsyncDisposable
{
    public const string ApiKey = "ak_fleet_key";

    private readonly List<LoopbackApp> instances = [];
    private readonly ConcurrentDictionary<string, string> names = new();
    private int minted;

    private ClerkFleet(FakeClerkApi api, RedisServer? redis)
    {
        Api = api;
        Redis = redis;
    }

    public FakeClerkApi Api { get; }

    public RedisServer? Redis { get; }

    public IReadOnlyList<LoopbackApp> Instances => instances;

    public RecordingLogger Logs { get; } = new();

    /// <summary>A fleet of <paramref name="count"/> instances, on Redis when <paramref name="redis"/> is given.</summary>
    public static async Task<ClerkFleet> StartAsync(int count, RedisServer? redis, Action<Clerk.Hosting.ClerkOptions>? configure = null)
    {
        var fleet = new ClerkFleet(await FakeClerkApi.StartAsync(), redis);
        fleet.Api.Fallback = fleet.Answer;
        for (var i = 0; i < count; i++)
        {
            await fleet.AddInstanceAsync(configure);
        }
        return fleet;
    }

    /// <summary>One more instance; with another secret key it is another Clerk instance on the same Redis.</summary>
    public async Task<LoopbackApp> AddInstanceAsync(Action<Clerk.Hosting.ClerkOptions>? configure = null)
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Information);
        if (Redis is not null)
        {
            // Options rather than a string: a test outage should end in half a second, not in the default
            // exponential reconnect's 5, 10, 20 s.
            var configuration = StackExchange.Redis.ConfigurationOptions.Parse(Redis.Configuration);
            configuration.ReconnectRetryPolicy = new StackExchange.Redis.LinearRetry(500);
            builder.Services.AddStackExchangeRedisCache(redis => redis.ConfigurationOptions = configuration);
        }
        builder.Services.AddClerk(options =>
        {
            options.JwtKey = TestRsaKeys.InstancePublicPem;
            options.SecretKey = "sk_test_fleet";
            options.ApiUrl = Api.Url;
            options.PublishableKey = ClerkApp.PublishableKey;
            options.AuthorizedParties = [ClerkApp.AuthorizedParty];
            options.BackendApiMaxRetries = 0;
            options.UserCacheDuration = TimeSpan.FromMinutes(1);
            configure?.Invoke(options);
        });
        var web = builder.Build();
        web.MapGet("/user", async (HttpContext context) =>
        {
            var auth = await ClerkRequest.GetAuthAsync(context);
            try
            {
                return Results.Text((await auth.CurrentUserAsync())?.FirstName ?? "(none)");
            }
            catch (ClerkApiException exception)
            {
                return Results.Text($"{(int)exception.StatusCode} {exception.RetryAfter?.TotalSeconds}", statusCode: 502);
            }
        });
        web.MapGet("/token", async (HttpContext context) =>
            Results.Text(await (await ClerkRequest.GetAuthAsync(context)).GetTokenAsync("supabase") ?? "(none)"));
        web.MapGet("/machine", async (HttpContext context) =>
        {
            var auth = await ClerkRequest.GetAuthAsync(context);
            return Results.Text(auth.Machine?.Id ?? $"(none: {auth.TokenType} {auth.FailureReason})");
        });
        web.MapPost("/rename", async (HttpContext context, ClerkClient clerk, string name) =>
        {
            var auth = await ClerkRequest.GetAuthAsync(context);
            return Results.Text((await clerk.Users.UpdateUserAsync(auth.UserId!, new() { FirstName = name })).FirstName);
        });
        var instance = await LoopbackApp.StartAsync(web);
        instances.Add(instance);
        return instance;
    }

    /// <summary>GET <paramref name="path"/> on instance <paramref name="index"/> as <paramref name="userId"/>.</summary>
    public async Task<(int Status, string Body)> GetAsync(int index, string path, string userId, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", bearer ?? SessionToken(userId));
        using var response = await instances[index].Client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> RenameAsync(int index, string userId, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/rename?name=" + Uri.EscapeDataString(name));
        request.Headers.Authorization = new("Bearer", SessionToken(userId));
        using var response = await instances[index].Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A session token of <paramref name="userId"/>, in a session of its own (<c>sess_</c> + the user id).</summary>
    public static string SessionToken(string userId) => SessionTokens.User(userId, payload => payload["sid"] = "sess_" + userId);

    /// <summary>How many requests reached the fake Backend API for <paramref name="method"/> <paramref name="path"/>.</summary>
    public int Calls(string method, string path) => Api.Requests.Count(request => request.Method == method && request.Path == path);

    /// <summary>Changes a user at "Clerk" without telling the app (as the dashboard would).</summary>
    public void RenameAtClerk(string userId, string name) => names[userId] = name;

    private async Task Answer(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        switch (context.Request.Method, segments)
        {
            case ("GET", ["v1", "users", var id]):
                await FakeClerkApi.Json(context, 200, UserJson(id));
                return;
            case ("PATCH", ["v1", "users", var id]):
                var recorded = Api.Requests.Last(request => request.Path == path);
                using (var body = JsonDocument.Parse(recorded.Body))
                {
                    names[id] = body.RootElement.GetProperty("first_name").GetString()!;
                }
                await FakeClerkApi.Json(context, 200, UserJson(id));
                return;
            case ("POST", ["v1", "sessions", _, "tokens", var template]):
                var jwt = BackendAuthApp.TemplateJwt(template, Interlocked.Increment(ref minted), TimeSpan.FromMinutes(1));
                await FakeClerkApi.Json(context, 200, JsonSerializer.Serialize(new Dictionary<string, string> { ["object"] = "token", ["jwt"] = jwt }));
                return;
            case ("POST", ["v1", "api_keys", "verify"]):
                await FakeClerkApi.Json(context, 200, JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["object"] = "api_key", ["id"] = "ak_3beecc9c60adb5f9b850e91a8ee1e992", ["subject"] = "user_fleet", ["name"] = "KEY",
                    ["scopes"] = Array.Empty<string>(), ["revoked"] = false, ["expired"] = false, ["expiration"] = null,
                    ["created_at"] = 1716883200000, ["updated_at"] = 1716883200000,
                }));
                return;
            default:
                await FakeClerkApi.Json(context, 404, """{"errors":[{"code":"resource_not_found","message":"not found","long_message":"Resource not found"}]}""");
                return;
        }
    }

    private string UserJson(string id) => SpecShapedJson.User
        .Replace("\"id\": \"user_2xhFjEI5X2qWRvtV13BzSj8H6Dk\"", $"\"id\": {JsonSerializer.Serialize(id)}")
        .Replace("\"first_name\": \"John\"", $"\"first_name\": {JsonSerializer.Serialize(names.GetValueOrDefault(id, "John"))}");

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }
        await Api.DisposeAsync();
    }
}
