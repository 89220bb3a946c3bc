using Clerk.Verification.Keys;
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
        if (options.WebhookSigningSecret is { } webhookSecret
            && !Clerk.Verification.Webhooks.WebhookSigningSecret.TryParse(webhookSecret, out _))
        {
            failures.Add("Clerk:WebhookSigningSecret (CLERK_WEBHOOK_SIGNING_SECRET) must be the webhook endpoint's " +
                "signing secret, whsec_ followed by base64, as the Clerk Dashboard shows it.");
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
        failures.AddRange(BackendApiFailures(options));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The Backend API client's timeouts and retries, each within bounds that keep a call finite.</summary>
    private static IEnumerable<string> BackendApiFailures(ClerkOptions options)
    {
        if (options.BackendApiTimeout <= TimeSpan.Zero || options.BackendApiTimeout > TimeSpan.FromMinutes(10))
        {
            yield return "Clerk:BackendApiTimeout must be a time span above 00:00:00 and at most 00:10:00 (default 00:00:30).";
        }
        if (options.BackendApiAttemptTimeout <= TimeSpan.Zero || options.BackendApiAttemptTimeout > options.BackendApiTimeout)
        {
            yield return "Clerk:BackendApiAttemptTimeout must be a time span above 00:00:00 and at most Clerk:BackendApiTimeout (default 00:00:10).";
        }
        if (options.BackendApiMaxRetries is < 0 or > 10)
        {
            yield return "Clerk:BackendApiMaxRetries must be a whole number from 0 to 10 (default 3).";
        }
        if (options.BackendApiRetryDelay < TimeSpan.Zero || options.BackendApiRetryDelay > TimeSpan.FromMinutes(1))
        {
            yield return "Clerk:BackendApiRetryDelay must be a time span between 00:00:00 and 00:01:00 (default 00:00:00.5).";
        }
        if (options.BackendApiMaxRetryAfter < TimeSpan.Zero || options.BackendApiMaxRetryAfter > TimeSpan.FromMinutes(10))
        {
            yield return "Clerk:BackendApiMaxRetryAfter must be a time span between 00:00:00 and 00:10:00 (default 00:00:10).";
        }
        if (options.UserCacheDuration < TimeSpan.Zero || options.UserCacheDuration > TimeSpan.FromDays(1))
        {
            yield return "Clerk:UserCacheDuration must be a time span between 00:00:00 (off, the default) and 1.00:00:00.";
        }
        if (options.BackendApiRequestBudget is < 0 or > 1_000_000)
        {
            yield return "Clerk:BackendApiRequestBudget must be a whole number of requests per 10 s between 0 (off, the default) and 1000000.";
        }
        if (options.MachineTokenCacheDuration < TimeSpan.Zero || options.MachineTokenCacheDuration > TimeSpan.FromDays(1))
        {
            yield return "Clerk:MachineTokenCacheDuration must be a time span between 00:00:00 (off, the default) and 1.00:00:00.";
        }
    }

    private static string? InvalidPem(string pem)
    {
        try
        {
            using var key = new PemSigningKey(pem);
            return null;
        }
        catch (Exception exception) when (exception is ArgumentException or System.Security.Cryptography.CryptographicException)
        {
            return exception.Message;
        }
    }
}
