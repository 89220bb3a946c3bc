using System.Collections.Concurrent;
using Clerk.Endpoints;

namespace Clerk.Generators.Tests.Endpoints.Infrastructure;

/// <summary>
/// A route guard that lets signed-in requests through and answers 404 (marked <c>X-Guard: denied</c>, so tests can
/// tell it from a routing 404) otherwise. It records every call, keyed by the request's <c>X-Request-Id</c>.
/// </summary>
public sealed class RecordingRouteGuard : IRouteGuard
{
    public const string RequestIdHeader = "X-Request-Id";
    public const string DeniedHeader = "X-Guard";

    private readonly ConcurrentQueue<GuardCall> calls = new();

    public ValueTask<bool> AllowAsync(HttpContext context, ProtectedAttribute protection)
    {
        calls.Enqueue(new GuardCall(context.Request.Headers[RequestIdHeader].ToString(), context.Request.Path, protection));
        if (TestUser.IsSignedIn(context))
        {
            return ValueTask.FromResult(true);
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        context.Response.Headers[DeniedHeader] = "denied";
        return ValueTask.FromResult(false);
    }

    /// <summary>The calls made for the request that sent <paramref name="requestId"/>.</summary>
    public IReadOnlyList<GuardCall> CallsFor(string requestId) => calls.Where(call => call.RequestId == requestId).ToList();
}

public sealed record GuardCall(string RequestId, string Path, ProtectedAttribute Protection);
