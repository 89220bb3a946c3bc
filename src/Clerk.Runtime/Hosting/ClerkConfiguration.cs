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

        if (Blank(configuration["CLERK_AUTHORIZED_PARTIES"]) is { } parties)
        {
            options.AuthorizedParties = parties.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        }
        else if (section.GetSection("AuthorizedParties").GetChildren().Select(child => child.Value).OfType<string>().ToList() is { Count: > 0 } listed)
        {
            options.AuthorizedParties = listed;
        }

        if (Blank(section["ClockSkew"]) is { } skew)
        {
            // An invalid value is reported by the validator rather than thrown from here.
            options.ClockSkew = TimeSpan.TryParse(skew, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : TimeSpan.MinValue;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
