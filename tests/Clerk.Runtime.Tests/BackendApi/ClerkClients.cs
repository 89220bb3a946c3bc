using Clerk.BackendApi;
using Clerk.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Clerk.Runtime.Tests.BackendApi;

/// <summary>A <see cref="ClerkClient"/> as <c>AddClerk()</c> registers it, pointed at a fake API, with short delays.</summary>
internal static class ClerkClients
{
    public const string SecretKey = "sk_test_backend_api";

    public static ServiceProvider Services(string apiUrl, Action<ClerkOptions>? configure = null, IDictionary<string, string?>? configuration = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build());
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development });
        services.AddClerk(options =>
        {
            options.ApiUrl = apiUrl;
            options.SecretKey = SecretKey;
            options.BackendApiRetryDelay = TimeSpan.FromMilliseconds(10);
            options.BackendApiTimeout = TimeSpan.FromSeconds(10);
            options.BackendApiAttemptTimeout = TimeSpan.FromSeconds(5);
            configure?.Invoke(options);
        });
        return services.BuildServiceProvider();
    }

    public static ClerkClient Create(FakeClerkApi api, Action<ClerkOptions>? configure = null) =>
        Services(api.Url, configure).GetRequiredService<ClerkClient>();
}
