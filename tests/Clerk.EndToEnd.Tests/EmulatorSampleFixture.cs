using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Clerk.Emulator;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// samples/RouteHandlers configured for a real Clerk instance: its own process in Production with
/// <c>CLERK_SECRET_KEY</c>, <c>CLERK_PUBLISHABLE_KEY</c>, <c>CLERK_API_URL</c>, <c>CLERK_AUTHORIZED_PARTIES</c> and
/// <c>CLERK_WEBHOOK_SIGNING_SECRET</c> (the emulator delivers its webhook events to the sample), where
/// the instance is a <see cref="ClerkEmulator"/> started here, in the test process, from the sample's own
/// clerk-seed.json. The tests mint session tokens with the emulator and read its state through its Backend API.
/// </summary>
public sealed class EmulatorSampleFixture : IAsyncLifetime
{
    /// <summary>The app's origin as Clerk would put it in <c>azp</c>; the sample only accepts tokens for it.</summary>
    public const string AuthorizedParty = "https://app.example.com";

    private ClerkEmulator? emulator;
    private RunningApp? app;

    internal ClerkEmulator Emulator => emulator ?? throw new InvalidOperationException("The emulator did not start.");

    internal RunningApp App => app ?? throw new InvalidOperationException("The sample did not start.");

    /// <summary>The emulator's Backend API (<c>/v1/...</c>) with its secret key: what the tests check state through.</summary>
    internal HttpClient Backend { get; private set; } = null!;

    internal string AdaId { get; private set; } = null!;

    internal string GraceId { get; private set; } = null!;

    internal string LinusId { get; private set; } = null!;

    internal string AcmeId { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        emulator = await StartEmulatorAsync();
        Backend = BackendClient(emulator);

        AdaId = await UserIdAsync("ada@example.com");
        GraceId = await UserIdAsync("grace@example.com");
        LinusId = await UserIdAsync("linus@example.com");
        AcmeId = (string)(await GetJsonAsync("/v1/organizations/acme"))["id"]!;

        app = await SampleAppFixture.StartSampleAsync("Production", SampleSettings(emulator));
        // As --webhook-url does for the standalone emulator: the instance's changes go to the sample's webhook route.
        emulator.AddWebhookEndpoint(new Uri(App.Client.BaseAddress!, "/api/webhooks").ToString());
    }

    /// <summary>An emulator seeded from the sample's clerk-seed.json, minting tokens for <see cref="AuthorizedParty"/>.</summary>
    internal static Task<ClerkEmulator> StartEmulatorAsync() => ClerkEmulator.StartAsync(new ClerkEmulatorOptions
    {
        SeedPath = Path.Combine(RepoPaths.Root, "samples", "RouteHandlers", "clerk-seed.json"),
        AuthorizedParty = AuthorizedParty,
        // A development instance allows 100 Backend API calls per 10 s; the tests are not about that limit.
        RateLimiting = false,
    });

    /// <summary>The emulator's Backend API (<c>/v1/...</c>) with its secret key.</summary>
    internal static HttpClient BackendClient(ClerkEmulator emulator)
    {
        var backend = new HttpClient { BaseAddress = emulator.ApiUrl, Timeout = TimeSpan.FromSeconds(30) };
        backend.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.SecretKey);
        return backend;
    }

    /// <summary>The sample's settings for a real Clerk instance, here the emulator: keys, API URL, authorized party, webhook secret.</summary>
    internal static Dictionary<string, string> SampleSettings(ClerkEmulator emulator) => new()
    {
        ["CLERK_SECRET_KEY"] = emulator.SecretKey,
        ["CLERK_PUBLISHABLE_KEY"] = emulator.PublishableKey,
        ["CLERK_API_URL"] = emulator.ApiUrl.ToString().TrimEnd('/'),
        ["CLERK_AUTHORIZED_PARTIES"] = AuthorizedParty,
        ["CLERK_WEBHOOK_SIGNING_SECRET"] = emulator.WebhookSecret,
    };

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        Backend?.Dispose();
        if (emulator is not null)
        {
            await emulator.DisposeAsync();
        }
    }

    /// <summary><c>GET</c> on the emulator's Backend API; anything but a 200 fails with Clerk's error body.</summary>
    internal async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await Backend.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary><c>POST</c> or <c>DELETE</c> on the emulator's Backend API; anything but a 200 fails with Clerk's error body.</summary>
    internal async Task<JsonNode> SendJsonAsync(HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Backend.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private async Task<string> UserIdAsync(string email)
    {
        var users = (await GetJsonAsync("/v1/users?email_address=" + Uri.EscapeDataString(email))).AsArray();
        return (string)Assert.Single(users)!["id"]!;
    }
}
