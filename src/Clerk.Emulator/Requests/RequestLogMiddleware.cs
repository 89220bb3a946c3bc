using Clerk.Emulator.Hosting;
using Microsoft.AspNetCore.Http.Features;

namespace Clerk.Emulator.Requests;

/// <summary>
/// Records every Backend API request once it has been answered. Outside every other middleware, so the status is the
/// one the client saw, whether an endpoint, an injected fault, the secret-key check or the rate limiter answered.
/// </summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log, EmulatedInstance instance)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var at = instance.NowMs();
        var lifetime = new AbortWatch(context.Features.GetRequiredFeature<IHttpRequestLifetimeFeature>());
        context.Features.Set<IHttpRequestLifetimeFeature>(lifetime);
        var threw = true;
        try
        {
            await next(context);
            threw = false;
        }
        finally
        {
            log.Add(new RecordedRequest(context.Request.Method, EndpointOf(context), StatusOf(context, lifetime, threw), at));
        }
    }

    private static string EndpointOf(HttpContext context)
    {
        // A grouped route's pattern is the group's prefix and the route's own, as ASP.NET Core combined them.
        var route = context.GetEndpoint() as RouteEndpoint;
        var template = route?.Metadata.GetMetadata<UnmatchedPath>() is null ? route?.RoutePattern.RawText : null;
        return $"{context.Request.Method} {template ?? context.Request.Path.Value}";
    }

    private static int StatusOf(HttpContext context, AbortWatch lifetime, bool threw) =>
        lifetime.Aborted || (context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted) ? 0
        // Kestrel answers an exception that escapes the pipeline before the response has started with a 500.
        : threw && !context.Response.HasStarted ? StatusCodes.Status500InternalServerError
        : context.Response.StatusCode;

    /// <summary>
    /// Notes that the pipeline dropped the connection: Kestrel cancels <c>RequestAborted</c> for that later, on the
    /// thread pool, so the token alone may not say so yet when the pipeline returns.
    /// </summary>
    private sealed class AbortWatch(IHttpRequestLifetimeFeature inner) : IHttpRequestLifetimeFeature
    {
        public bool Aborted { get; private set; }

        public CancellationToken RequestAborted
        {
            get => inner.RequestAborted;
            set => inner.RequestAborted = value;
        }

        public void Abort()
        {
            Aborted = true;
            inner.Abort();
        }
    }
}
