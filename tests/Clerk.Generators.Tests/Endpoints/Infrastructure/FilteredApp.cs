using Clerk.Endpoints;
using Clerk.Generators.Tests.Endpoints.Models;
using Clerk.Tests.Hosting;

namespace Clerk.Generators.Tests.Endpoints.Infrastructure;

/// <summary>
/// The route files with an endpoint filter on <c>MapRouteHandlers()</c>'s group, as an app adds one to a group of
/// minimal APIs. The filter reports the arguments it sees (<c>X-Arguments</c>) and what the handler returned
/// (<c>X-Result</c>); <c>?first=</c> makes it replace the first argument, <c>?block</c> makes it answer 418 itself.
/// </summary>
public sealed class FilteredApp : IAsyncLifetime
{
    private LoopbackApp? app;

    public HttpClient Client => (app ?? throw new InvalidOperationException("The app has not started.")).Client;

    public async Task InitializeAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Services.AddSingleton<IRouteGuard, RecordingRouteGuard>();
        builder.Services.AddSingleton<Greeter>();
        builder.Services.AddSingleton<IClock, FixedClock>();

        var web = builder.Build();
        web.Use(TestUser.SignIn);
        web.MapRouteHandlers().AddEndpointFilter(async (invocation, next) =>
        {
            var query = invocation.HttpContext.Request.Query;
            if (query.ContainsKey("block"))
            {
                return TypedResults.StatusCode(StatusCodes.Status418ImATeapot);
            }
            if (query["first"] is [{ } first])
            {
                invocation.Arguments[0] = int.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
            }
            var headers = invocation.HttpContext.Response.Headers;
            headers["X-Arguments"] = string.Join("|", invocation.Arguments.Select(argument => argument?.ToString() ?? "null"));
            var result = await next(invocation);
            headers["X-Result"] = result?.GetType().Name ?? "null";
            return result;
        });
        app = await LoopbackApp.StartAsync(web);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
