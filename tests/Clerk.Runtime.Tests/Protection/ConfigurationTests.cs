using Clerk.Endpoints;
using Clerk.Hosting;
using Clerk.Tests.Hosting;
using Clerk.Verification;
using Microsoft.Extensions.Options;

namespace Clerk.Runtime.Tests.Protection;

/// <summary>AddClerk(): the Clerk section, the CLERK_* variables, and validation at startup.</summary>
public sealed class ConfigurationTests
{
    [Fact]
    public void Environment_variables_win_over_the_section()
    {
        var options = Options(new()
        {
            ["Clerk:SecretKey"] = "sk_test_section",
            ["CLERK_SECRET_KEY"] = "sk_test_variable",
            ["Clerk:PublishableKey"] = "pk_test_section",
            ["CLERK_AUTHORIZED_PARTIES"] = "https://a.example.com, https://b.example.com",
            ["Clerk:ClockSkew"] = "00:00:03",
            ["CLERK_API_URL"] = "http://127.0.0.1:9999",
        });
        Assert.Equal("sk_test_variable", options.SecretKey);
        Assert.Equal("pk_test_section", options.PublishableKey);
        Assert.Equal(["https://a.example.com", "https://b.example.com"], options.AuthorizedParties);
        Assert.Equal(TimeSpan.FromSeconds(3), options.ClockSkew);
        Assert.Equal("http://127.0.0.1:9999", options.ApiUrl);
    }

    [Fact]
    public void Outside_development_a_missing_key_is_a_startup_error_naming_both_settings()
    {
        var builder = LoopbackApp.CreateBuilder(); // Production, the default environment
        builder.Services.AddClerk();
        using var app = builder.Build();
        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<ClerkOptions>>().Value);
        Assert.Contains("CLERK_SECRET_KEY", error.Message);
        Assert.Contains("CLERK_JWT_KEY", error.Message);
    }

    [Fact]
    public async Task In_development_a_missing_key_signs_everyone_out_instead()
    {
        var builder = LoopbackApp.CreateBuilder(Environments.Development);
        builder.Services.AddClerk();
        using var app = builder.Build();
        Assert.Null(app.Services.GetRequiredService<IOptions<ClerkOptions>>().Value.SecretKey);
        var verdict = await app.Services.GetRequiredService<Clerk.Verification.ISessionTokenVerifier>()
            .VerifyAsync(SessionTokens.User(), CancellationToken.None);
        Assert.Equal(Clerk.Verification.TokenVerificationReasons.JwkFailedToResolve, verdict.Reason);
    }

    [Theory]
    [InlineData("Clerk:JwtKey", "not a pem", "CLERK_JWT_KEY")]
    [InlineData("Clerk:ApiUrl", "api.clerk.com", "CLERK_API_URL")]
    [InlineData("CLERK_AUTHORIZED_PARTIES", "https://example.com/path", "CLERK_AUTHORIZED_PARTIES")]
    [InlineData("Clerk:ClockSkew", "01:00:00", "ClockSkew")]
    public void Invalid_settings_are_named(string key, string value, string named)
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["CLERK_SECRET_KEY"] = "sk_test_x", [key] = value });
        builder.Services.AddClerk();
        using var app = builder.Build();
        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<ClerkOptions>>().Value);
        Assert.Contains(named, error.Message);
    }

    [Theory]
    [InlineData(null, null, "/sign-in")]
    [InlineData("https://example.com/login", null, "https://example.com/login")]
    [InlineData(null, "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k", "https://accounts.example.com/sign-in")]           // clerk.example.com$
    [InlineData(null, "pk_test_aGFwcHktY2F0LTEyLmNsZXJrLmFjY291bnRzLmRldiQ", "https://happy-cat-12.accounts.dev/sign-in")] // happy-cat-12.clerk.accounts.dev$
    public void Sign_in_url(string? configured, string? publishableKey, string expected) =>
        Assert.Equal(expected, ProtectResponses.SignInUrl(configured, publishableKey));

    private static ClerkOptions Options(Dictionary<string, string?> values)
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddClerk();
        using var app = builder.Build();
        return app.Services.GetRequiredService<IOptions<ClerkOptions>>().Value;
    }
}
