using Clerk.BackendApi;
using Clerk.Hosting;
using Microsoft.Extensions.Options;

namespace Clerk.Runtime.Tests.BackendApi;

/// <summary>The Backend API settings: read from configuration, checked at startup, and the client in DI.</summary>
public sealed class ClerkClientSettingsTests
{
    [Fact]
    public void The_settings_have_finite_defaults()
    {
        var options = new ClerkOptions();

        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), 3, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(10)),
            (options.BackendApiTimeout, options.BackendApiAttemptTimeout, options.BackendApiMaxRetries, options.BackendApiRetryDelay, options.BackendApiMaxRetryAfter));
    }

    [Fact]
    public void The_settings_are_read_from_the_Clerk_section()
    {
        using var services = ClerkClients.Services("https://api.clerk.com", configure: null, new Dictionary<string, string?>
        {
            ["Clerk:BackendApiTimeout"] = "00:00:20",
            ["Clerk:BackendApiAttemptTimeout"] = "00:00:04",
            ["Clerk:BackendApiMaxRetries"] = "5",
            ["Clerk:BackendApiRetryDelay"] = "00:00:00.250",
            ["Clerk:BackendApiMaxRetryAfter"] = "00:00:03",
        });
        // ClerkClients.Services sets test values after configuration; read configuration alone here.
        var options = new ClerkOptions();
        new Clerk.Hosting.ClerkConfiguration(services.GetRequiredService<IConfiguration>()).Configure(options);

        Assert.Equal((TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(4), 5, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(3)),
            (options.BackendApiTimeout, options.BackendApiAttemptTimeout, options.BackendApiMaxRetries, options.BackendApiRetryDelay, options.BackendApiMaxRetryAfter));
    }

    [Theory]
    [InlineData("BackendApiTimeout", "soon", "Clerk:BackendApiTimeout")]
    [InlineData("BackendApiTimeout", "00:00:00", "Clerk:BackendApiTimeout")]
    [InlineData("BackendApiAttemptTimeout", "00:01:00", "Clerk:BackendApiAttemptTimeout")]
    [InlineData("BackendApiMaxRetries", "-1", "Clerk:BackendApiMaxRetries")]
    [InlineData("BackendApiMaxRetries", "many", "Clerk:BackendApiMaxRetries")]
    [InlineData("BackendApiRetryDelay", "-00:00:01", "Clerk:BackendApiRetryDelay")]
    [InlineData("BackendApiMaxRetryAfter", "01:00:00", "Clerk:BackendApiMaxRetryAfter")]
    public void An_invalid_setting_fails_validation_naming_it(string key, string value, string named)
    {
        var options = new ClerkOptions { SecretKey = "sk_test_x" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"Clerk:{key}"] = value }).Build();
        new Clerk.Hosting.ClerkConfiguration(configuration).Configure(options);
        var environment = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = Environments.Production };

        var result = new Clerk.Hosting.ClerkOptionsValidation(environment).Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(named, result.FailureMessage);
    }

    [Fact]
    public void AddClerk_registers_a_ClerkClient_with_every_resource()
    {
        using var services = ClerkClients.Services("https://api.clerk.com");

        var clerk = services.GetRequiredService<ClerkClient>();

        Assert.All(new object[] { clerk.Users, clerk.Sessions, clerk.Jwks, clerk.JwtTemplates, clerk.Organizations, clerk.OrganizationMemberships,
            clerk.Invitations, clerk.ApiKeys, clerk.M2MTokens, clerk.OAuthAccessTokens }, Assert.NotNull);
        Assert.Equal(new Uri("https://api.clerk.com/v1/"), ClerkBackendApiServices.BaseAddress(services.GetRequiredService<IOptions<ClerkOptions>>().Value.ApiUrl));
    }
}
