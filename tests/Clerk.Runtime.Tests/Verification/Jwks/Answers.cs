using System.Text;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>The answers a test can script for <see cref="FakeBackendApi"/>.</summary>
public static class Answers
{
    /// <summary>A JWKS of these keys (by default the one key <see cref="TestKeys.A"/>).</summary>
    public static Func<HttpContext, Task> Keys(params TestKey[] keys) =>
        Json(TestKeys.Document(keys.Length == 0 ? [TestKeys.A] : keys));

    /// <summary>This JSON text, with status 200.</summary>
    public static Func<HttpContext, Task> Json(string json) => context =>
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    };

    /// <summary>A Clerk-style error body with this status.</summary>
    public static Func<HttpContext, Task> Status(int status) => context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync("""{"errors":[{"code":"error","message":"fake failure"}]}""");
    };

    /// <summary>A 429 asking the caller to wait this long.</summary>
    public static Func<HttpContext, Task> RateLimited(int retryAfterSeconds) => context =>
    {
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Status(429)(context);
    };

    /// <summary>Never answers until the client gives up.</summary>
    public static Func<HttpContext, Task> Hang() => context =>
        Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);

    /// <summary>Drops the connection without a response.</summary>
    public static Func<HttpContext, Task> Drop() => context =>
    {
        context.Abort();
        return Task.CompletedTask;
    };

    /// <summary>Promises a longer body than it sends, then drops the connection mid-body.</summary>
    public static Func<HttpContext, Task> TruncatedBody() => async context =>
    {
        var start = Encoding.UTF8.GetBytes("""{"keys":[{"kid":""");
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = 10_000;
        await context.Response.Body.WriteAsync(start);
        await context.Response.Body.FlushAsync();
        context.Abort();
    };
}
