using System.Net;
using Clerk.Emulator.Faults;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;
using Clerk.Emulator.Requests;

namespace Clerk.Emulator.Api;

/// <summary>
/// Test controls outside <c>/v1</c>, without the secret key but only from loopback: switch faults on and off, rotate
/// the signing key, list webhook attempts and the Backend API requests served.
/// </summary>
internal static class AdminEndpoints
{
    public const string Prefix = "/__emulator";

    public static void Map(IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup(Prefix).AddEndpointFilter(async (context, next) =>
            context.HttpContext.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
                ? await next(context)
                : Results.NotFound());

        admin.MapPost("/faults", SetFault);
        admin.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        admin.MapGet("/webhooks", (EmulatedInstance instance) =>
            Results.Json(instance.Webhooks.Attempts.ToList(), EmulatorJsonContext.Default.ListWebhookAttempt));
        admin.MapGet("/requests", (HttpRequest request, RequestLog log) =>
            JsonResults.Ok(log.Find(request.String("endpoint"), request.Long("since")), EmulatorJsonContext.Default.ListRecordedRequest));
        admin.MapDelete("/requests", (RequestLog log) =>
        {
            log.Clear();
            return Results.NoContent();
        });
        admin.MapPost("/keys/rotate", async (EmulatedInstance instance, CancellationToken cancellationToken) =>
        {
            await instance.Keys.RotateAsync(cancellationToken);
            return Results.NoContent();
        });
    }

    private static async Task<IResult> SetFault(HttpRequest request, FaultInjector faults)
    {
        var body = await RequestBody.ReadAsync(request, "latency_ms", "status", "abort", "path_prefix", "count", "retry_after");
        var status = (int?)body.Long("status");
        if (status is < 400 or > 599)
        {
            throw ApiError.ValueInvalid("status", "status must be an HTTP error status (400..599).");
        }

        var latency = body.Long("latency_ms") ?? 0;
        if (latency is < 0 or > 600_000)
        {
            throw ApiError.ValueInvalid("latency_ms", "latency_ms must be between 0 and 600000.");
        }

        var count = (int?)body.Long("count");
        if (count is < 1)
        {
            throw ApiError.ValueInvalid("count", "count must be at least 1.");
        }

        var retryAfter = body.Long("retry_after");
        if (retryAfter is < 0 or > 3600)
        {
            throw ApiError.ValueInvalid("retry_after", "retry_after must be between 0 and 3600 seconds.");
        }

        if (retryAfter is not null && status is null)
        {
            throw ApiError.ValueInvalid("retry_after", "retry_after goes with a status to answer.");
        }

        faults.Set(new Fault((int)latency, status, body.Bool("abort") ?? false, body.String("path_prefix"), count, (int?)retryAfter));
        return Results.NoContent();
    }
}
