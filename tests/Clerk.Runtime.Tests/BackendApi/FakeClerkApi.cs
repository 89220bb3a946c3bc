using System.Collections.Concurrent;
using Clerk.Tests.Hosting;

namespace Clerk.Runtime.Tests.BackendApi;

/// <summary>
/// A stand-in for Clerk's Backend API on 127.0.0.1: it records every request (with the time it arrived) and answers
/// with the scripted responses in order, then with <see cref="Fallback"/>.
/// </summary>
internal sealed class FakeClerkApi : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpContext, Task>> script = new();
    private readonly List<RecordedRequest> requests = [];
    private LoopbackApp server = null!;

    private FakeClerkApi()
    {
    }

    /// <summary>The API URL to configure as <c>ClerkOptions.ApiUrl</c>, for example <c>http://127.0.0.1:41234</c>.</summary>
    public string Url => server.Url.ToString().TrimEnd('/');

    /// <summary>The answer once the script is used up.</summary>
    public Func<HttpContext, Task> Fallback { get; set; } = context => Json(context, 200, "{}");

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (requests) { return requests.ToList(); } }
    }

    public static async Task<FakeClerkApi> StartAsync()
    {
        var fake = new FakeClerkApi();
        var app = LoopbackApp.CreateBuilder().Build();
        app.Run(fake.HandleAsync);
        fake.server = await LoopbackApp.StartAsync(app);
        return fake;
    }

    public FakeClerkApi Then(Func<HttpContext, Task> respond)
    {
        script.Enqueue(respond);
        return this;
    }

    public FakeClerkApi ThenJson(int status, string json, Action<HttpResponse>? headers = null) => Then(context =>
    {
        headers?.Invoke(context.Response);
        return Json(context, status, json);
    });

    public static async Task Json(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }

    private async Task HandleAsync(HttpContext context)
    {
        var receivedAt = TimeProvider.System.GetTimestamp();
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        lock (requests)
        {
            requests.Add(new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "",
                context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget, context.Request.QueryString.Value ?? "",
                context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.Select(value => value ?? "").ToArray()), headers, body, receivedAt));
        }
        await (script.TryDequeue(out var respond) ? respond : Fallback)(context);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}

/// <summary>A request as the fake saw it; <see cref="Path"/> is decoded (but for <c>%2F</c>), <see cref="RawTarget"/> is not.</summary>
internal sealed record RecordedRequest(string Method, string Path, string RawTarget, string QueryString, Dictionary<string, string[]> Query,
    Dictionary<string, string> Headers, string Body, long ReceivedAt);
