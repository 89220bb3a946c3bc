using Clerk.BackendApi;
using Clerk.Verification.Keys;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>The one rule for turning <c>ApiUrl</c> into the JWKS address, and the documented defaults.</summary>
public sealed class JwksEndpointTests
{
    [Theory]
    [InlineData("https://api.clerk.com", "https://api.clerk.com/v1/jwks")]
    [InlineData("https://api.clerk.com/", "https://api.clerk.com/v1/jwks")]
    [InlineData("https://api.clerk.com/v1", "https://api.clerk.com/v1/jwks")]
    [InlineData("https://api.clerk.com/v1/", "https://api.clerk.com/v1/jwks")]
    [InlineData("http://127.0.0.1:5000/clerk", "http://127.0.0.1:5000/clerk/v1/jwks")]
    [InlineData("http://127.0.0.1:5000/clerk/v1", "http://127.0.0.1:5000/clerk/v1/jwks")]
    [InlineData("https://api.clerk.com/v10", "https://api.clerk.com/v10/v1/jwks")]
    public void Api_url_becomes_the_v1_jwks_address(string apiUrl, string expected)
    {
        var settings = new JwksSettings(new Uri(apiUrl), "sk_test", BackendApiSettings.ApiVersion);

        Assert.Equal(expected, settings.JwksEndpoint.ToString());
    }

    [Fact]
    public void Defaults_match_clerks_cache_and_bound_the_rest()
    {
        var settings = new JwksSettings(new Uri("https://api.clerk.com"), "sk_test", BackendApiSettings.ApiVersion);

        Assert.Equal(TimeSpan.FromMinutes(5), settings.CacheDuration);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.MinRefetchInterval);
        Assert.Equal(TimeSpan.FromHours(1), settings.MaxStaleAge);
        Assert.Equal(3, settings.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.AttemptTimeout);
    }

    [Fact]
    public void The_secret_key_never_appears_in_the_settings_text()
    {
        // Records print every member; settings end up in exception messages and debugger views.
        var settings = new JwksSettings(new Uri("https://api.clerk.com"), "sk_live_very_secret", BackendApiSettings.ApiVersion);

        Assert.DoesNotContain("sk_live_very_secret", settings.ToString());
    }
}
