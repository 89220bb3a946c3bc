using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clerk.Emulator;

namespace Clerk.Benchmarks.Fleet;

/// <summary>
/// The Clerk instance the fleet benchmark's apps call: a <see cref="ClerkEmulator"/> on loopback with signed-in users,
/// the <c>supabase</c> JWT template of samples/RouteHandlers, and the count of Backend API calls that reached it, by
/// endpoint (<c>GET /__emulator/requests</c>).
/// </summary>
internal sealed class FleetClerk : IAsyncDisposable
{
    /// <summary>The origin the apps accept tokens for, as Clerk writes it in <c>azp</c>.</summary>
    public const string AuthorizedParty = "https://app.example.com";

    public const string Template = "supabase";

    private readonly ClerkEmulator emulator;
    private readonly HttpClient backend;

    private FleetClerk(ClerkEmulator emulator, HttpClient backend, IReadOnlyList<EmulatedSession> sessions)
    {
        this.emulator = emulator;
        this.backend = backend;
        Sessions = sessions;
    }

    /// <summary>One session per user, each with a session token that outlives the run.</summary>
    public IReadOnlyList<EmulatedSession> Sessions { get; }

    public string SecretKey => emulator.SecretKey;

    public string PublishableKey => emulator.PublishableKey;

    public string ApiUrl => emulator.ApiUrl.ToString().TrimEnd('/');

    public static async Task<FleetClerk> StartAsync(int users)
    {
        var emulator = await ClerkEmulator.StartAsync(new ClerkEmulatorOptions
        {
            AuthorizedParty = AuthorizedParty,
            // The counts are the measurement: a development instance's 100 calls per 10 s would answer some with 429
            // (and the fleet would then pause), which is another benchmark.
            RateLimiting = false,
            // Minted once, before the run: a token that expired mid-run would turn requests into 401s.
            SessionTokenLifetime = TimeSpan.FromHours(1),
        });
        var backend = new HttpClient { BaseAddress = emulator.ApiUrl, Timeout = TimeSpan.FromSeconds(30) };
        backend.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.SecretKey);
        using (var created = await backend.PostAsJsonAsync("/v1/jwt_templates", new JsonObject
        {
            ["name"] = Template,
            ["claims"] = new JsonObject
            {
                ["aud"] = "authenticated", ["role"] = "authenticated", ["email"] = "{{user.primary_email_address}}",
            },
            ["lifetime"] = 60,
        }))
        {
            created.EnsureSuccessStatusCode();
        }

        var sessions = new List<EmulatedSession>();
        for (var i = 0; i < users; i++)
        {
            var user = await emulator.CreateUserAsync($"user{i}@fleet.example", $"User {i}", "Fleet");
            sessions.Add(await emulator.SignInAsync(user.Id));
        }
        return new FleetClerk(emulator, backend, sessions);
    }

    /// <summary>Forgets the Backend API calls recorded so far (the template created above among them).</summary>
    public async Task ForgetCallsAsync()
    {
        using var response = await backend.DeleteAsync("/__emulator/requests");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// The Backend API calls since <see cref="ForgetCallsAsync"/>, by endpoint, and how many were not answered 2xx.
    /// </summary>
    public async Task<(SortedDictionary<string, int> ByEndpoint, int Failed)> CallsAsync()
    {
        using var calls = JsonDocument.Parse(await backend.GetStringAsync("/__emulator/requests"));
        var byEndpoint = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failed = 0;
        foreach (var call in calls.RootElement.EnumerateArray())
        {
            var endpoint = call.GetProperty("endpoint").GetString()!;
            byEndpoint[endpoint] = byEndpoint.GetValueOrDefault(endpoint) + 1;
            failed += call.GetProperty("status").GetInt32() is >= 200 and < 300 ? 0 : 1;
        }
        return (byEndpoint, failed);
    }

    public async ValueTask DisposeAsync()
    {
        backend.Dispose();
        await emulator.DisposeAsync();
    }
}
