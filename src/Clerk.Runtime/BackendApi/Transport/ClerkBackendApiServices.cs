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
/// headers → total timeout → retries → per-attempt timeout → the network.
/// </summary>
internal static class ClerkBackendApiServices
{
    internal const string HttpClientName = "Clerk.BackendApi";

    public static void Add(IServiceCollection services)
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

        services.AddHttpClient(HttpClientName, (provider, http) =>
            {
                http.BaseAddress = BaseAddress(provider.GetRequiredService<IOptions<BackendApiSettings>>().Value.ApiUrl);
                // The resilience pipeline's total timeout bounds every call; HttpClient's own 100 s would only cut it short.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddHttpMessageHandler(provider => new ClerkApiHeadersHandler(provider.GetRequiredService<IOptions<BackendApiSettings>>()))
            .AddResilienceHandler(HttpClientName, ConfigureResilience);
    }

    /// <summary><c>{ApiUrl}/v1/</c>: the trailing slash keeps <c>v1</c> when Refit appends <c>/users</c>.</summary>
    internal static Uri BaseAddress(string apiUrl) => new(apiUrl.TrimEnd('/') + "/v1/");

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
