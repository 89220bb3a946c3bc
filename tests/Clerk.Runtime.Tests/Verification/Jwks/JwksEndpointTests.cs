using Clerk.BackendApi;
using Clerk.Verification.Keys;

namespace Clerk.Runtime.Tests.Verification.Jwks;

/// <summary>The one rule for turning <c>ApiUrl</c> into the JWKS address, and the documented cache defaults.</summary>
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
        Assert.Equal(expected, ClerkBackendApiServices.JwksEndpoint(apiUrl).ToString());
    }

    [Fact]
    public void Cache_defaults_match_clerks_and_bound_the_rest()
    {
        var settings = new JwksSettings();

        Assert.Equal(TimeSpan.FromMinutes(5), settings.CacheDuration);
        Assert.Equal(TimeSpan.FromSeconds(10), settings.MinRefetchInterval);
        Assert.Equal(TimeSpan.FromHours(1), settings.MaxStaleAge);
    }
}
