using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;

namespace Clerk.Benchmarks;

/// <summary>
/// One request through the whole ASP.NET Core pipeline in process (TestServer): routing, the generated endpoint, the
/// handler, JSON, the response body read by the client, so that authentication's cost is weighed against everything
/// else a request pays. Both benchmarks send the same request —
/// same headers, the same genuine session token — to the same handler, one with [Protected] and one without, so
/// their ratio is what authentication costs a request: reading the token, verifying it (a verified-token cache hit
/// after the first request, as for a browser that sends its session token until it expires) and the guard.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const string ExpectedBody = """{"message":"Hello world!"}""";

    private BenchmarkTokens tokens = null!;
    private PipelineApp app = null!;
    private HttpClient client = null!;

    [GlobalSetup]
    public void Setup()
    {
        tokens = new BenchmarkTokens();
        var token = tokens.SessionToken();
        app = PipelineApp.StartAsync(tokens.PublicKeyPem).GetAwaiter().GetResult();
        client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        // Sanity: both routes answer the seed's JSON with the token, and the protected one is really protected (a
        // 404 with an empty body without it), so neither benchmark measures a refusal or an unguarded route.
        Expect("/api/protected", token, 200, ExpectedBody);
        Expect("/api/unprotected", token, 200, ExpectedBody);
        Expect("/api/protected", null, 404, "");
        Expect("/api/unprotected", null, 200, ExpectedBody);
        Require(ProtectedRequest().GetAwaiter().GetResult() == ExpectedBody, "ProtectedRequest did not read the greeting");
        Require(UnprotectedRequest().GetAwaiter().GetResult() == ExpectedBody, "UnprotectedRequest did not read the greeting");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        tokens.Dispose();
    }

    /// <summary>The peer without [Protected]: everything a request costs except authentication.</summary>
    [Benchmark(Baseline = true)]
    public Task<string> UnprotectedRequest() => GetAsync("/api/unprotected");

    /// <summary>GET of a [Protected] route with <c>Authorization: Bearer</c> a valid session token: 200 and JSON.</summary>
    [Benchmark]
    public Task<string> ProtectedRequest() => GetAsync("/api/protected");

    // The same work on both sides: send, check the status (cheap, and a refusal must not pass for a fast request), read
    // the body.
    private async Task<string> GetAsync(string path)
    {
        using var response = await client.GetAsync(path);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode}");
        }
        return await response.Content.ReadAsStringAsync();
    }

    private void Expect(string path, string? bearer, int status, string body)
    {
        var (actualStatus, mediaType, actualBody) = app.GetAsync(path, bearer).GetAwaiter().GetResult();
        var who = bearer is null ? "without a token" : "with the token";
        Require(actualStatus == status, $"GET {path} {who} answered {actualStatus}, not {status}: {actualBody}");
        Require(actualBody == body, $"GET {path} {who} answered the body {actualBody}, not {body}");
        Require(status != 200 || mediaType == "application/json", $"GET {path} {who} answered {mediaType}, not application/json");
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark setup: " + what + ".");
        }
    }
}
