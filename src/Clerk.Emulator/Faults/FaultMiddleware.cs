using Clerk.Emulator.Api;
using Clerk.Emulator.Hosting;

namespace Clerk.Emulator.Faults;

/// <summary>Applies the switched-on fault to every request outside the admin endpoints.</summary>
internal sealed class FaultMiddleware(RequestDelegate next, FaultInjector faults, EmulatedInstance instance)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith(AdminEndpoints.Prefix, StringComparison.Ordinal) || faults.Take(path) is not { } fault)
        {
            await next(context);
            return;
        }

        EmulatorLog.FaultInjected(context.RequestServices.GetRequiredService<ILogger<FaultMiddleware>>(), path, fault.ToString());
        if (fault.LatencyMs > 0)
        {
            // Through the emulator's clock, so a test with a fake clock decides when the slow answer arrives.
            var delay = Task.Delay(TimeSpan.FromMilliseconds(fault.LatencyMs), instance.Time, context.RequestAborted);
            faults.DelaysStarted.Release();
            await delay;
        }

        if (fault.Abort)
        {
            context.Abort();
            return;
        }

        if (fault.Status is { } status)
        {
            throw Refusal(status, fault.RetryAfterSeconds);
        }

        await next(context);
    }

    // A 429 is the rate limiter's own, so a client cannot tell an injected limit from a real one.
    private static ApiError Refusal(int status, int? retryAfterSeconds) => status == StatusCodes.Status429TooManyRequests
        ? ApiError.TooManyRequests(retryAfterSeconds)
        : new ApiError(status, status >= 500 ? "internal_clerk_error" : "emulated_fault", "Emulated failure",
            $"The emulator was told to answer {status} for this request.") { RetryAfterSeconds = retryAfterSeconds };
}
