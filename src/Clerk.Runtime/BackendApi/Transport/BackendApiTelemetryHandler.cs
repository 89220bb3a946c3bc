using System.Diagnostics;
using Clerk.Diagnostics;
using Refit;

namespace Clerk.BackendApi;

/// <summary>
/// Counts and times each attempt sent to the Backend API (inside the retries, so a retried call counts each try),
/// tagged with Refit's route template (<c>/users/{user_id}</c>) rather than the URL: ids would make every user a
/// metric series of its own.
/// </summary>
internal sealed class BackendApiTelemetryHandler : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<int> Attempt = new("Clerk.Attempt");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = request.Options.TryGetValue(Attempt, out var previous) ? previous + 1 : 0;
        request.Options.Set(Attempt, attempt);
        var started = Stopwatch.GetTimestamp();
        var tags = new TagList
        {
            { "http.request.method", request.Method.Method },
            { "url.template", Template(request) },
            { "clerk.retry", attempt > 0 },
        };
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            tags.Add("http.response.status_code", (int)response.StatusCode);
            if (response.StatusCode == System.Net.HttpStatusCode.TooManyRequests)
            {
                ClerkTelemetry.RateLimited.Add(1, new KeyValuePair<string, object?>("clerk.source", "clerk"));
            }
            return response;
        }
        catch (Exception exception)
        {
            tags.Add("error.type", exception.GetType().Name);
            throw;
        }
        finally
        {
            ClerkTelemetry.BackendApiRequests.Add(1, tags);
            ClerkTelemetry.BackendApiDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    /// <summary>The Refit interface's route template, or the path for requests Refit did not build (the JWKS fetch).</summary>
    internal static string Template(HttpRequestMessage request) =>
        request.Options.TryGetValue(new HttpRequestOptionsKey<string>(HttpRequestMessageOptions.RelativePathTemplate), out var template) && template is { Length: > 0 }
            ? template
            : request.RequestUri?.AbsolutePath ?? "";
}
