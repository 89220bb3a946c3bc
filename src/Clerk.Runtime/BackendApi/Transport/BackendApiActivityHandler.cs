using System.Diagnostics;
using Clerk.Diagnostics;

namespace Clerk.BackendApi;

/// <summary>
/// One <c>Clerk</c> span per Backend API call, around its retries and waits (HttpClient's own spans, one per attempt,
/// nest inside it). Nothing is done when no one listens to the source.
/// </summary>
internal sealed class BackendApiActivityHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var template = BackendApiTelemetryHandler.Template(request);
        using var activity = ClerkTelemetry.Source.StartActivity($"{request.Method.Method} {template}", ActivityKind.Client);
        if (activity is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        activity.SetTag("http.request.method", request.Method.Method);
        activity.SetTag("url.template", template);
        activity.SetTag("server.address", request.RequestUri?.Host);
        activity.SetTag("server.port", request.RequestUri?.Port);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            activity.SetTag("http.response.status_code", (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                activity.SetStatus(ActivityStatusCode.Error);
            }
            return response;
        }
        catch (Exception exception)
        {
            activity.SetTag("error.type", exception.GetType().Name);
            activity.SetStatus(ActivityStatusCode.Error, exception.Message);
            throw;
        }
    }
}
