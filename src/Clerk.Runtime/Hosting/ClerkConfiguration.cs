using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Clerk.Hosting;

/// <summary>
/// Binds <see cref="ClerkOptions"/> from configuration by hand: the reflection-based binder is not trim-safe, and the
/// few keys are clearer spelled out. The <c>CLERK_*</c> variables win over the <c>Clerk</c> section.
/// </summary>
internal sealed class ClerkConfiguration(IConfiguration configuration) : IConfigureOptions<ClerkOptions>
{
    public void Configure(ClerkOptions options)
    {
        var section = configuration.GetSection(ClerkOptions.SectionName);
        string? Read(string key, string variable) => Blank(configuration[variable]) ?? Blank(section[key]);

        options.SecretKey = Read("SecretKey", "CLERK_SECRET_KEY") ?? options.SecretKey;
        options.PublishableKey = Read("PublishableKey", "CLERK_PUBLISHABLE_KEY") ?? options.PublishableKey;
        options.JwtKey = Read("JwtKey", "CLERK_JWT_KEY") ?? options.JwtKey;
        options.ApiUrl = Read("ApiUrl", "CLERK_API_URL") ?? options.ApiUrl;
        options.SignInUrl = Read("SignInUrl", "CLERK_SIGN_IN_URL") ?? options.SignInUrl;
        options.WebhookSigningSecret = Read("WebhookSigningSecret", "CLERK_WEBHOOK_SIGNING_SECRET") ?? options.WebhookSigningSecret;

        if (Blank(configuration["CLERK_AUTHORIZED_PARTIES"]) is { } parties)
        {
            options.AuthorizedParties = parties.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }
        else if (section.GetSection("AuthorizedParties").GetChildren().Select(child => child.Value).OfType<string>().ToList() is { Count: > 0 } listed)
        {
            options.AuthorizedParties = listed;
        }

        // An invalid value becomes one the validator reports (naming the setting) rather than an exception from here.
        options.ClockSkew = ReadTimeSpan(section, "ClockSkew") ?? options.ClockSkew;
        options.BackendApiTimeout = ReadTimeSpan(section, "BackendApiTimeout") ?? options.BackendApiTimeout;
        options.BackendApiAttemptTimeout = ReadTimeSpan(section, "BackendApiAttemptTimeout") ?? options.BackendApiAttemptTimeout;
        options.BackendApiRetryDelay = ReadTimeSpan(section, "BackendApiRetryDelay") ?? options.BackendApiRetryDelay;
        options.BackendApiMaxRetryAfter = ReadTimeSpan(section, "BackendApiMaxRetryAfter") ?? options.BackendApiMaxRetryAfter;
        options.UserCacheDuration = ReadTimeSpan(section, "UserCacheDuration") ?? options.UserCacheDuration;
        options.MachineTokenCacheDuration = ReadTimeSpan(section, "MachineTokenCacheDuration") ?? options.MachineTokenCacheDuration;
        options.BackendApiMaxRetries = ReadInt(section, "BackendApiMaxRetries") ?? options.BackendApiMaxRetries;
        options.BackendApiRequestBudget = ReadInt(section, "BackendApiRequestBudget") ?? options.BackendApiRequestBudget;
    }

    private static int? ReadInt(IConfigurationSection section, string key) => Blank(section[key]) is { } text
        ? int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var count) ? count : -1
        : null;

    private static TimeSpan? ReadTimeSpan(IConfigurationSection section, string key) => Blank(section[key]) is { } text
        ? TimeSpan.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : TimeSpan.MinValue
        : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
