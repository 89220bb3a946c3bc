using System.Net;
using Clerk.BackendApi;
using Clerk.Verification;
using Microsoft.Extensions.Logging;

namespace Clerk.Caching;

/// <summary>
/// Verifies <c>ak_</c>, <c>mt_</c> and <c>oat_</c> tokens with the Backend API's verify endpoints, as Clerk's SDKs do.
/// By default nothing is cached: a revoked key stops working on the next request. With
/// <c>Clerk:MachineTokenCacheDuration</c> set, a token the API vouched for is kept that long (never past its own
/// expiry), so a revocation takes up to that long to be seen. A token the API does not vouch for (unknown, revoked,
/// expired, or the API unreachable) is unauthenticated, never an error page, and is asked about again next time.
/// </summary>
internal sealed partial class ClerkMachineTokenVerifier(Func<ClerkClient> clients, ClerkCache cache, ILogger<ClerkMachineTokenVerifier> logger) : IMachineTokenVerifier
{
    public async ValueTask<(MachineIdentity? Identity, string? Reason)> VerifyAsync(
        TokenTypes type, string token, CancellationToken cancellationToken)
    {
        var verification = await cache.GetMachineIdentityAsync(type, token, ct => AskAsync(type, token, ct), cancellationToken).ConfigureAwait(false);
        return (verification.Identity, verification.Identity is null ? verification.Reason ?? TokenVerificationReasons.TokenInvalid : null);
    }

    private async Task<MachineVerification> AskAsync(TokenTypes type, string token, CancellationToken cancellationToken)
    {
        try
        {
            var clerk = clients();
            var verification = type switch
            {
                TokenTypes.ApiKey => FromApiKey(await clerk.ApiKeys.VerifyApiKeyAsync(new() { Secret = token }, cancellationToken).ConfigureAwait(false)),
                TokenTypes.M2MToken => FromM2MToken(await clerk.M2MTokens.VerifyM2MTokenAsync(new() { Token = token }, cancellationToken).ConfigureAwait(false)),
                TokenTypes.OAuthToken => FromOAuthToken(await clerk.OAuthAccessTokens.VerifyOAuthAccessTokenAsync(new() { AccessToken = token }, cancellationToken).ConfigureAwait(false)),
                _ => Refused,
            };
            if (verification.Identity is null)
            {
                TokenRefused(logger, type, "revoked, expired or incomplete");
            }
            return verification;
        }
        catch (ClerkApiException exception) when ((int)exception.StatusCode < 500 && exception.StatusCode != HttpStatusCode.TooManyRequests)
        {
            TokenRefused(logger, type, $"{(int)exception.StatusCode} {exception.Errors.FirstOrDefault()?.Code}");
            return Refused;
        }
        catch (Exception exception) when (exception is ClerkApiException or HttpRequestException or TimeoutException)
        {
            VerifyUnavailable(logger, type, exception);
            return new MachineVerification(null, TokenVerificationReasons.TokenVerificationFailed, null);
        }
    }

    private static readonly MachineVerification Refused = new(null, TokenVerificationReasons.TokenInvalid, null);

    private static MachineVerification FromApiKey(ApiKey key) =>
        key.Revoked || key.Expired ? Refused : Vouched(new MachineIdentity(key.Id, key.Subject, key.Scopes, Name: key.Name), key.Expiration);

    private static MachineVerification FromM2MToken(M2MToken token) =>
        token.Revoked || token.Expired ? Refused : Vouched(new MachineIdentity(token.Id, token.Subject, token.Scopes), token.Expiration);

    private static MachineVerification FromOAuthToken(OAuthAccessToken token) =>
        token.IsValid ? Vouched(new MachineIdentity(token.Id!, token.Subject!, token.Scopes, ClientId: token.ClientId), token.Expiration) : Refused;

    /// <summary>An identity the API vouched for, valid until <paramref name="expiration"/> (epoch ms) when it has one.</summary>
    private static MachineVerification Vouched(MachineIdentity identity, long? expiration) =>
        new(identity, null, expiration is { } ms and > 0 and < 253402300800000 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Clerk refused a {TokenType}: {Why}")]
    private static partial void TokenRefused(ILogger logger, TokenTypes tokenType, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Clerk could not verify a {TokenType}: the Backend API failed or did not answer")]
    private static partial void VerifyUnavailable(ILogger logger, TokenTypes tokenType, Exception exception);
}
