using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Clerk.Hosting;

/// <summary>
/// Checks <see cref="ClerkOptions"/> at startup, so a misconfigured app fails to start with a message that names
/// the setting, rather than refusing every token at request time.
/// </summary>
internal sealed class ClerkOptionsValidation(IHostEnvironment environment) : IValidateOptions<ClerkOptions>
{
    public ValidateOptionsResult Validate(string? name, ClerkOptions options)
    {
        var failures = new List<string>();
        if (options.SecretKey is null && options.JwtKey is null && !environment.IsDevelopment())
        {
            failures.Add("Clerk needs a key to verify session tokens: set Clerk:SecretKey (CLERK_SECRET_KEY) to verify with " +
                "the instance's JWKS, or Clerk:JwtKey (CLERK_JWT_KEY) to verify networkless with its PEM public key.");
        }
        if (options.JwtKey is { } pem && InvalidPem(pem) is { } problem)
        {
            failures.Add($"Clerk:JwtKey (CLERK_JWT_KEY) must be the instance's PEM public key (RSA, 2048 bits or more): {problem}");
        }
        if (!Uri.TryCreate(options.ApiUrl, UriKind.Absolute, out var api) || (api.Scheme != Uri.UriSchemeHttps && api.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Clerk:ApiUrl (CLERK_API_URL) must be an absolute http(s) URL, such as https://api.clerk.com; it is \"{options.ApiUrl}\".");
        }
        foreach (var party in options.AuthorizedParties)
        {
            if (!Uri.TryCreate(party, UriKind.Absolute, out var origin) || origin.PathAndQuery != "/")
            {
                failures.Add($"Clerk:AuthorizedParties (CLERK_AUTHORIZED_PARTIES) holds origins such as https://example.com; \"{party}\" is not one.");
            }
        }
        if (options.ClockSkew < TimeSpan.Zero || options.ClockSkew > TimeSpan.FromMinutes(5))
        {
            failures.Add("Clerk:ClockSkew must be a time span between 00:00:00 and 00:05:00 (default 00:00:05).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string? InvalidPem(string pem)
    {
        try
        {
            using var key = new Verification.PemSigningKey(pem);
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            return exception.Message;
        }
    }
}
