using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Clerk.Tests.OpenApi;

namespace Clerk.Emulator.Tests.Conformance;

/// <summary>
/// Calls the emulator's Backend API over loopback HTTP and holds every exchange against Clerk's spec: the operation
/// exists, the query parameters and request body are ones it documents, the status is one it lists, and the body
/// matches the schema for that status. Mismatches are collected (a scenario goes on and reports them all at the
/// end); a status other than the one the scenario expects stops it, since later steps depend on earlier ones.
/// </summary>
internal sealed class SpecCheckedApi : IDisposable
{
    private static readonly SchemaValidator Validator = new(EnforceEnums: true);
    private readonly HttpClient http;
    private readonly List<string> violations = [];
    private readonly SortedSet<string> contentTypes = new(StringComparer.Ordinal);

    public SpecCheckedApi(ClerkEmulator emulator, string? secretKey = null)
    {
        http = new HttpClient { BaseAddress = emulator.ApiUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secretKey ?? emulator.SecretKey);
        http.DefaultRequestHeaders.Add("Clerk-API-Version", "2026-05-12");
    }

    /// <summary>What disagreed with the spec so far, each prefixed with the request.</summary>
    public IReadOnlyList<string> Violations => violations;

    public Task<JsonElement> GetAsync(string path, int expect = 200) => SendAsync(HttpMethod.Get, path, body: null, expect);

    public Task<JsonElement> PostAsync(string path, object? body = null, int expect = 200) => SendAsync(HttpMethod.Post, path, body, expect);

    public Task<JsonElement> PatchAsync(string path, object body, int expect = 200) => SendAsync(HttpMethod.Patch, path, body, expect);

    public Task<JsonElement> PutAsync(string path, object body, int expect = 200) => SendAsync(HttpMethod.Put, path, body, expect);

    public Task<JsonElement> DeleteAsync(string path, int expect = 200) => SendAsync(HttpMethod.Delete, path, body: null, expect);

    /// <summary>Sends <paramref name="body"/> serialized as JSON (property names as written: use snake_case).</summary>
    public Task<JsonElement> SendAsync(HttpMethod method, string path, object? body, int expect)
    {
        var json = body is null ? null : JsonSerializer.Serialize(body);
        if (json is not null)
        {
            CheckRequestBody(method, path, json);
        }

        return SendRawAsync(method, path, json, expect);
    }

    /// <summary>Sends <paramref name="json"/> as it is (for malformed bodies), with the same response checks.</summary>
    public async Task<JsonElement> SendRawAsync(HttpMethod method, string path, string? json, int expect)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        var exchange = $"{method.Method} {path} → {status}";
        var body = CheckResponse(method, path, status, response.Content.Headers.ContentType?.ToString(), text, exchange);
        if (status != expect)
        {
            throw new InvalidOperationException($"{exchange}, the scenario expected {expect}. Body: {text}");
        }

        return body;
    }

    /// <summary>
    /// Runs a scenario, then fails with every violation collected, one a line. A scenario that breaks midway (an
    /// unexpected status, a missing property) fails with the violations seen so far, which usually say why.
    /// </summary>
    public async Task RunAsync(Func<Task> scenario)
    {
        try
        {
            await scenario();
        }
        catch (Exception e) when (violations.Count > 0)
        {
            throw new InvalidOperationException($"The scenario broke: {e.Message}\n{Report()}", e);
        }

        Assert.True(violations.Count == 0, Report());
    }

    public void Dispose() => http.Dispose();

    private JsonElement CheckResponse(HttpMethod method, string path, int status, string? contentType, string text, string exchange)
    {
        var operation = Operation(method, path, exchange);
        CheckQuery(operation, path, exchange);
        if (operation is not null && !operation.HasResponse(status))
        {
            violations.Add($"{exchange}: the spec lists only {string.Join(", ", operation.ResponseStatusCodes)} for {operation.OperationId}");
        }

        // Exactly the spec's media type, as Clerk sends it: @clerk/backend parses a body as JSON only when the
        // header equals "application/json" (a charset parameter makes it hand back the raw text).
        // One line per distinct wrong value, not per exchange: it is one fix, and it would drown the rest.
        if (contentType != "application/json" && contentTypes.Add(contentType ?? "(none)"))
        {
            violations.Add($"{exchange}: Content-Type is '{contentType}', not 'application/json' (reported once per value)");
        }

        JsonElement body;
        try
        {
            using var document = JsonDocument.Parse(text);
            body = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            violations.Add($"{exchange}: the body is not JSON ({e.Message}): {text}");
            return default;
        }

        if (operation?.ResponseSchema(status) is { } schema)
        {
            violations.AddRange(Validator.Validate(body, schema).Select(error => $"{exchange}: response {error}"));
        }

        return body;
    }

    private void CheckRequestBody(HttpMethod method, string path, string json)
    {
        var exchange = $"{method.Method} {path}";
        if (ClerkSpec.FindOperation(method.Method, path)?.RequestBodySchema is not { } schema)
        {
            violations.Add($"{exchange}: the spec documents no JSON request body, the scenario sent {json}");
            return;
        }

        using var document = JsonDocument.Parse(json);
        violations.AddRange(Validator.Validate(document.RootElement, schema).Select(error => $"{exchange}: request {error}"));
    }

    private SpecOperation? Operation(HttpMethod method, string path, string exchange)
    {
        var operation = ClerkSpec.FindOperation(method.Method, path);
        if (operation is null)
        {
            violations.Add($"{exchange}: Clerk's spec has no such operation");
        }

        return operation;
    }

    private void CheckQuery(SpecOperation? operation, string path, string exchange)
    {
        var query = path.IndexOf('?');
        if (operation is null || query < 0)
        {
            return;
        }

        foreach (var pair in path[(query + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(pair.Split('=')[0]);
            if (!operation.QueryParameterNames.Contains(name))
            {
                violations.Add($"{exchange}: query parameter '{name}' is not documented for {operation.OperationId}");
            }
        }
    }

    private string Report() => violations.Count == 0
        ? "No spec violations so far."
        : $"{violations.Count} spec violation(s):\n" + string.Join('\n', violations);
}
