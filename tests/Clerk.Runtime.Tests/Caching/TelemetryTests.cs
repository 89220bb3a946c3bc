using System.Diagnostics;
using Clerk.Tests.Processes;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Clerk.Runtime.Tests.Caching;

/// <summary>
/// What OpenTelemetry collects from Clerk with nothing but <c>AddMeter("Clerk")</c> and <c>AddSource("Clerk")</c>:
/// verifications by outcome, cache lookups, shared-cache operations, Backend API attempts by endpoint template,
/// status and retry, 429s by source, and a span per Backend API call.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task OpenTelemetry_collects_Clerks_metrics_and_a_span_per_Backend_API_call_with_no_Clerk_specific_code()
    {
        var metrics = new List<Metric>();
        var spans = new List<Activity>();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter("Clerk").AddInMemoryExporter(metrics).Build();
        // Always on: the calls are made inside ASP.NET Core's request activity, which this test does not collect (an app
        // would, with AddAspNetCoreInstrumentation), and the default sampler follows an unsampled parent.
        using var tracer = Sdk.CreateTracerProviderBuilder().AddSource("Clerk").SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(spans).Build();

        await using var redis = await RedisServer.StartAsync();
        await using var fleet = await ClerkFleet.StartAsync(2, redis);
        var user = "user_telemetry_" + Guid.NewGuid().ToString("N");
        await fleet.GetAsync(0, "/user", user);
        await fleet.GetAsync(1, "/user", user);
        await fleet.GetAsync(0, "/user", "", "not-a-token");
        fleet.Api.ThenJson(429, """{"errors":[{"code":"too_many_requests","message":"Too many requests","long_message":"Too many requests"}]}""",
            headers => headers.Headers.RetryAfter = "2");
        Assert.Equal((502, "429 2"), await fleet.GetAsync(0, "/user", "user_limited_" + Guid.NewGuid().ToString("N")));
        Assert.Equal(502, (await fleet.GetAsync(1, "/user", "user_held_" + Guid.NewGuid().ToString("N"))).Status);
        meters.ForceFlush();
        tracer.ForceFlush();

        // Points from other tests in this process are there too, with other tags: each check looks for its own.
        Assert.Contains(Points(metrics, "clerk.token.verifications"), tags => tags.GetValueOrDefault("clerk.token.type") == "session_token" && tags.GetValueOrDefault("clerk.outcome") == "verified");
        Assert.Contains(Points(metrics, "clerk.token.verifications"), tags => tags.GetValueOrDefault("clerk.outcome") == "token-invalid");
        Assert.Contains(Points(metrics, "clerk.cache.lookups"), tags => tags.GetValueOrDefault("clerk.cache") == "user" && tags.GetValueOrDefault("clerk.cache.result") == "miss");
        Assert.Contains(Points(metrics, "clerk.cache.lookups"), tags => tags.GetValueOrDefault("clerk.cache") == "user" && tags.GetValueOrDefault("clerk.cache.result") == "hit");
        Assert.Contains(Points(metrics, "clerk.shared_cache.operations"), tags => tags.GetValueOrDefault("clerk.operation") == "get" && tags.GetValueOrDefault("clerk.cache.result") == "hit");
        Assert.Contains(Points(metrics, "clerk.backend_api.requests"), tags =>
            tags.GetValueOrDefault("http.request.method") == "GET" && tags.GetValueOrDefault("url.template") == "/users/{user_id}" && tags.GetValueOrDefault("http.response.status_code") == "200" && tags.GetValueOrDefault("clerk.retry") == "False");
        Assert.Contains(Points(metrics, "clerk.backend_api.duration"), tags => tags.GetValueOrDefault("url.template") == "/users/{user_id}");
        Assert.Contains(Points(metrics, "clerk.backend_api.rate_limited"), tags => tags.GetValueOrDefault("clerk.source") == "clerk");
        Assert.Contains(Points(metrics, "clerk.backend_api.rate_limited"), tags => tags.GetValueOrDefault("clerk.source") == "fleet");

        // Other tests in this process call the Backend API too: this fleet's calls are the ones to its fake.
        var port = new Uri(fleet.Api.Url).Port;
        var ours = spans.Where(span => span.Source.Name == "Clerk" && span.GetTagItem("server.port") is int p && p == port).ToList();
        var fetch = Assert.Single(ours, span => span.DisplayName == "GET /users/{user_id}" && span.GetTagItem("http.response.status_code") is 200);
        Assert.Equal(ActivityKind.Client, fetch.Kind);
        Assert.Equal("/users/{user_id}", fetch.GetTagItem("url.template"));
        Assert.Equal(2, ours.Count(span => span.GetTagItem("http.response.status_code") is 429 && span.Status == ActivityStatusCode.Error));
    }

    /// <summary>Every point of the metric <paramref name="name"/>, as its tags (values as text).</summary>
    private static List<Dictionary<string, string?>> Points(List<Metric> metrics, string name)
    {
        var points = new List<Dictionary<string, string?>>();
        foreach (var metric in metrics.Where(metric => metric.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, string?>();
                foreach (var tag in point.Tags)
                {
                    tags[tag.Key] = tag.Value?.ToString();
                }
                points.Add(tags);
            }
        }
        return points;
    }
}
