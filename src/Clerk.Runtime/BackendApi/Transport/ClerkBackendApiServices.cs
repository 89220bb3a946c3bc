using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;
using Refit;

namespace Clerk.BackendApi;

/// <summary>
/// Registers <see cref="ClerkClient"/> over one named <see cref="HttpClient"/>:
/// a span → headers → total timeout → retries → per-attempt timeout → the whole response read → the caller's
/// per-attempt handlers → counting each attempt → the network.
/// Token verification fetches the JWKS through the same client (<see cref="ClerkJwksSource"/>).
/// </summary>
internal static class ClerkBackendApiServices
{
    internal const string HttpClientName = "Clerk.BackendApi";

    /// <param name="services">The app's services.</param>
    /// <param name="perAttempt">Handlers that see every attempt (inside the retries), outermost first.</param>
    public static void Add(IServiceCollection services, params Func<IServiceProvider, DelegatingHandler>[] perAttempt)
    {
        // AddClerk() may be called twice; a second set of handlers would retry retries and wrap timeouts in timeouts.
        if (services.Any(service => service.ServiceType == typeof(ClerkClient)))
        {
            return;
        }
        // TimeProvider and BackendApiSettings: registered by AddClerk(), the only caller.
        services.TryAddSingleton(provider => CreateRefitSettings(provider.GetRequiredService<TimeProvider>()));
        services.AddTransient(provider => new ClerkClient(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), provider.GetRequiredService<ClerkRefitSettings>().Settings));

        var client = services.AddHttpClient(HttpClientName, (provider, http) =>
            {
                http.BaseAddress = BaseAddress(provider.GetRequiredService<IOptions<BackendApiSettings>>().Value.ApiUrl);
                // The resilience pipeline's total timeout bounds every call; HttpClient's own 100 s would only cut it short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler(() => new BackendApiActivityHandler())
            .AddHttpMessageHandler(provider => new ClerkApiHeadersHandler(provider.GetRequiredService<IOptions<BackendApiSettings>>()));
        client.AddResilienceHandler(HttpClientName, ConfigureResilience);
        // Added after the resilience handler, so it sits inside it: each attempt reads its own body.
        client.AddHttpMessageHandler(() => new ResponseBufferingHandler());
        foreach (var handler in perAttempt)
        {
            client.AddHttpMessageHandler(handler);
        }
        client.AddHttpMessageHandler(() => new BackendApiTelemetryHandler());
    }

    /// <summary>
    /// <c>{ApiUrl}/v1/</c>, the trailing slash keeping <c>v1</c> when Refit appends <c>/users</c>. Trailing slashes on
    /// the URL are ignored, and <c>/v1</c> is not added twice: the Backend API spec lists its server as
    /// <c>https://api.clerk.com/v1</c>, so both spellings people copy work. A path prefix (a proxy mounted under
    /// <c>/clerk</c>) is kept; a query or fragment is dropped.
    /// </summary>
    internal static Uri BaseAddress(string apiUrl)
    {
        var root = new Uri(apiUrl, UriKind.Absolute).GetLeftPart(UriPartial.Path).TrimEnd('/');
        var versioned = root.EndsWith("/v1", StringComparison.OrdinalIgnoreCase) ? root : root + "/v1";
        return new Uri(versioned + "/", UriKind.Absolute);
    }

    /// <summary>Where the JWKS is read from: <c>jwks</c> under <see cref="BaseAddress"/>.</summary>
    internal static Uri JwksEndpoint(string apiUrl) => new(BaseAddress(apiUrl), "jwks");

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var settings = context.ServiceProvider.GetRequiredService<IOptions<BackendApiSettings>>().Value;
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        var maxRetryAfter = settings.MaxRetryAfter;

        pipeline.AddTimeout(settings.Timeout);
        if (settings.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetries,
                Delay = settings.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ClerkRetryRules.ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), maxRetryAfter, time)),
                // Clerk's Retry-After is the wait it asks for (within the bound); otherwise the exponential backoff above applies.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response && RetryAfterHeader.Read(response, time) is { } wait && wait <= maxRetryAfter ? wait : (TimeSpan?)null),
            });
        }
        pipeline.AddTimeout(settings.AttemptTimeout);
    }

    private static ClerkRefitSettings CreateRefitSettings(TimeProvider time)
    {
        var settings = RefitSettings.ForJsonContext(ClerkJsonContext.Default);
        var errors = new ClerkApiExceptionFactory(time);
        settings.ExceptionFactory = errors.CreateAsync;
        settings.TransportExceptionFactory = ClerkTransportExceptions.Surface;
        settings.UrlParameterFormatter = new ClerkUrlParameterFormatter();
        // Buffered bodies can be sent again when a 429 is retried.
        settings.Buffered = true;
        return new ClerkRefitSettings(settings);
    }
}

/// <summary>The Refit settings every <see cref="ClerkClient"/> shares (a distinct type, so DI never confuses them with an app's own).</summary>
internal sealed record ClerkRefitSettings(RefitSettings Settings);
