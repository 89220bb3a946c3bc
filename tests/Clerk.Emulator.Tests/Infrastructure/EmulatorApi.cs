using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Clerk.Emulator.Tests.Infrastructure;

/// <summary>A Backend API client for tests: the emulator's URL and secret key, JSON in and out.</summary>
public sealed class EmulatorApi : IDisposable
{
    public EmulatorApi(ClerkEmulator emulator, string? secretKey = null)
    {
        Emulator = emulator;
        Http = new HttpClient { BaseAddress = emulator.ApiUrl };
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secretKey ?? emulator.SecretKey);
        Http.DefaultRequestHeaders.Add("Clerk-API-Version", "2026-05-12");
    }

    public ClerkEmulator Emulator { get; }

    public HttpClient Http { get; }

    public Task<Answer> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<Answer> PostAsync(string path, string? json = null) => SendAsync(HttpMethod.Post, path, json);

    public Task<Answer> PatchAsync(string path, string json) => SendAsync(HttpMethod.Patch, path, json);

    public Task<Answer> PutAsync(string path, string json) => SendAsync(HttpMethod.Put, path, json);

    public Task<Answer> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public async Task<Answer> SendAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer(response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Headers);
    }

    /// <summary>Creates a user through the API and returns its id.</summary>
    public async Task<string> CreateUserAsync(string json)
    {
        var answer = await PostAsync("/v1/users", json);
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        return answer.Body!["id"]!.GetValue<string>();
    }

    /// <summary>Switches a fault on through <c>POST /__emulator/faults</c>.</summary>
    public async Task SetFaultAsync(string json)
    {
        using var response = await Http.PostAsync("/__emulator/faults", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>A response: status, parsed JSON body, headers.</summary>
public sealed record Answer(HttpStatusCode Status, JsonNode? Body, HttpResponseHeaders Headers)
{
    public JsonNode Json => Body ?? throw new InvalidOperationException("The response has no body.");

    /// <summary>The first error's code, for Clerk's error body.</summary>
    public string? ErrorCode => Body?["errors"]?[0]?["code"]?.GetValue<string>();

    public string? ErrorParam => Body?["errors"]?[0]?["meta"]?["param_name"]?.GetValue<string>();
}
