using Clerk;
using Clerk.BackendApi;
using Clerk.Caching;
using Clerk.Endpoints;
using Clerk.Hosting;
using Clerk.Verification;
using Clerk.Verification.Keys;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Clerk.</summary>
public static class ClerkServiceCollectionExtensions
{
    /// <summary>
    /// Adds Clerk: session-token verification, <see cref="Auth"/> for every request, the guard behind
    /// <see cref="ProtectedAttribute"/>, and the Backend API client <see cref="Clerk.BackendApi.ClerkClient"/>. Settings come from the <c>Clerk</c> configuration section and the
    /// <c>CLERK_*</c> environment variables, then <paramref name="configure"/>; they are checked when the app starts.
    /// </summary>
    public static IServiceCollection AddClerk(this IServiceCollection services, Action<ClerkOptions>? configure = null)
    {
        services.AddOptions<ClerkOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<ClerkOptions>, ClerkConfiguration>());
        if (configure is not null)
        {
            services.Configure(configure);
        }
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClerkOptions>, ClerkOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(CreateSigningKeys);
        services.TryAddSingleton<ISessionTokenVerifier>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ClerkOptions>>().Value;
            var settings = new TokenVerifierSettings { ClockSkew = options.ClockSkew, AuthorizedParties = options.AuthorizedParties.ToList() };
            return new SessionTokenVerifier(provider.GetRequiredService<ISigningKeys>(), settings,
                provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<SessionTokenVerifier>>());
        });
        services.TryAddSingleton(provider => new TemplateTokenCache(provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(CreateCache);
        services.TryAddSingleton<IUserChanges>(provider => provider.GetRequiredService<ClerkCache>());
        services.TryAddSingleton(CreateBudget);
        services.TryAddSingleton(CreateAuthenticator);
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ClerkOptions>>().Value;
            return new ProtectResponses(ProtectResponses.SignInUrl(options.SignInUrl, options.PublishableKey));
        });
        services.TryAddSingleton(provider => new ClerkRouteGuard(
            provider.GetRequiredService<ClerkAuthenticator>(), provider.GetRequiredService<ProtectResponses>()));
        // UseClerk() calls Clerk's guard itself; generated [Protected] endpoints call whichever IRouteGuard is registered.
        services.TryAddSingleton<IRouteGuard>(provider => provider.GetRequiredService<ClerkRouteGuard>());
        services.TryAddSingleton(provider => new ClerkWebhookSettings(
            Clerk.Verification.Webhooks.WebhookSigningSecret.TryParse(
                provider.GetRequiredService<IOptions<ClerkOptions>>().Value.WebhookSigningSecret, out var secret) ? secret : null));
        services.AddOptions<BackendApiSettings>().Configure<IOptions<ClerkOptions>>(ConfigureBackendApi);
        // Inside the retries, each attempt: the fleet's 429 pause, the fleet's request budget, then evicting users
        // this app changed.
        ClerkBackendApiServices.Add(services,
            provider => new FleetBackoffHandler(provider.GetRequiredService<ClerkCache>(), provider.GetRequiredService<TimeProvider>()),
            provider => new RequestBudgetHandler(provider.GetRequiredService<RequestBudget>()),
            provider => new UserChangesHandler(provider.GetRequiredService<ClerkCache>()));
        return services;
    }

    /// <summary>The Backend API client's settings: the part of <see cref="ClerkOptions"/> it reads.</summary>
    private static void ConfigureBackendApi(BackendApiSettings api, IOptions<ClerkOptions> clerk)
    {
        var options = clerk.Value;
        api.ApiUrl = options.ApiUrl;
        api.SecretKey = options.SecretKey;
        api.Timeout = options.BackendApiTimeout;
        api.AttemptTimeout = options.BackendApiAttemptTimeout;
        api.MaxRetries = options.BackendApiMaxRetries;
        api.RetryDelay = options.BackendApiRetryDelay;
        api.MaxRetryAfter = options.BackendApiMaxRetryAfter;
    }

    /// <summary>
    /// The authenticator, with the Backend API behind <see cref="Auth.CurrentUserAsync"/>, template tokens and
    /// machine tokens when there is a secret key to call it with.
    /// </summary>
    private static ClerkAuthenticator CreateAuthenticator(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<ClerkOptions>>();
        var verifier = provider.GetRequiredService<ISessionTokenVerifier>();
        if (options.Value.SecretKey is null)
        {
            return new ClerkAuthenticator(verifier, options.Value.PublishableKey);
        }
        Func<ClerkClient> clients = provider.GetRequiredService<ClerkClient>;
        return new ClerkAuthenticator(verifier, options.Value.PublishableKey,
            new ClerkMachineTokenVerifier(clients, provider.GetRequiredService<ClerkCache>(), provider.GetRequiredService<ILogger<ClerkMachineTokenVerifier>>()),
            new ClerkAuthBackend(clients, provider.GetRequiredService<TemplateTokenCache>(), provider.GetRequiredService<ClerkCache>()));
    }

    /// <summary>
    /// Clerk's caches, two-level when the app registered a distributed cache (Redis: with its backplane), keyed by
    /// this Clerk instance (API URL and secret key).
    /// </summary>
    private static ClerkCache CreateCache(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<ClerkOptions>>().Value;
        return ClerkCacheFactory.Create(provider.GetService<IDistributedCache>(), provider.GetService<IOptions<RedisCacheOptions>>(), InstancePrefix(options),
            options.UserCacheDuration, options.MachineTokenCacheDuration, provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILoggerFactory>());
    }

    /// <summary>
    /// The fleet's request budget (<c>Clerk:BackendApiRequestBudget</c>): counted in the app's Redis when its
    /// distributed cache is Redis, else in this process; unlimited when not set.
    /// </summary>
    private static RequestBudget CreateBudget(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<ClerkOptions>>().Value;
        var owned = false;
        var redis = options.BackendApiRequestBudget > 0 && provider.GetService<IDistributedCache>() is RedisCache
            ? RequestBudget.Connection(provider.GetService<IOptions<RedisCacheOptions>>()?.Value, out owned)
            : null;
        return new RequestBudget(options.BackendApiRequestBudget, InstancePrefix(options) + "budget", redis, owned,
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILoggerFactory>().CreateLogger("Clerk.Caching"));
    }

    /// <summary>The start of every key Clerk writes to a shared cache or Redis for this Clerk instance.</summary>
    private static string InstancePrefix(ClerkOptions options) =>
        ClerkInstanceKey.Prefix(ClerkBackendApiServices.BaseAddress(options.ApiUrl), options.SecretKey ?? "");

    /// <summary>The PEM key when configured (networkless), else the JWKS from the Backend API, else none (Development).</summary>
    private static ISigningKeys CreateSigningKeys(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<ClerkOptions>>().Value;
        if (options.JwtKey is { } pem)
        {
            return new PemSigningKey(pem);
        }
        if (options.SecretKey is { } secretKey)
        {
            var logger = provider.GetRequiredService<ILogger<JwksSigningKeys>>();
            var source = new ClerkJwksSource(provider.GetRequiredService<ClerkClient>, secretKey,
                ClerkBackendApiServices.JwksEndpoint(options.ApiUrl), logger);
            return new JwksSigningKeys(source, new JwksSettings(), provider.GetRequiredService<TimeProvider>(), logger);
        }
        HostingLog.NoSigningKey(provider.GetRequiredService<ILoggerFactory>().CreateLogger("Clerk"));
        return new MissingSigningKeys();
    }
}
