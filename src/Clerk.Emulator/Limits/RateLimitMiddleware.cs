using System.Text.RegularExpressions;
using Clerk.Emulator.Api;
using Clerk.Emulator.Hosting;

namespace Clerk.Emulator.Limits;

/// <summary>
/// A development instance's limits: requests per secret key, and updates per user, each per window. Over a limit
/// the answer is Clerk's 429 with <c>Retry-After</c> in whole seconds.
/// </summary>
internal sealed partial class RateLimitMiddleware(RequestDelegate next, EmulatedInstance instance)
{
    private readonly FixedWindowLimiter perKey = new(instance.Time, instance.Options.RequestsPerWindow, instance.Options.RateLimitWindow);
    private readonly FixedWindowLimiter perUser = new(instance.Time, instance.Options.UserUpdatesPerWindow, instance.Options.RateLimitWindow);

    [GeneratedRegex(@"^/v1/users/(user_[A-Za-z0-9]+)(/.*)?$")]
    private static partial Regex UserPath();

    public async Task InvokeAsync(HttpContext context)
    {
        if (instance.Options.RateLimiting)
        {
            if (!perKey.TryAcquire(instance.Settings.SecretKey, out var retryAfter))
            {
                await RefuseAsync(context, retryAfter);
                return;
            }

            if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && UserPath().Match(context.Request.Path.Value ?? "") is { Success: true } match
                && !perUser.TryAcquire(match.Groups[1].Value, out retryAfter))
            {
                await RefuseAsync(context, retryAfter);
                return;
            }
        }

        await next(context);
    }

    private static Task RefuseAsync(HttpContext context, TimeSpan retryAfter)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        return ApiErrorMiddleware.WriteAsync(context, ApiError.TooManyRequests(seconds));
    }
}
