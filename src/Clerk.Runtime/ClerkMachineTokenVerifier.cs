using System.Net;
using Clerk.BackendApi;
using Clerk.Verification;
using Microsoft.Extensions.Logging;

namespace Clerk;

/// <summary>
/// Verifies <c>ak_</c>, <c>mt_</c> and <c>oat_</c> tokens with the Backend API's verify endpoints, as Clerk's SDKs do.
/// Nothing is cached: a revoked key stops working on the next request. A token the API does not vouch for (unknown,
/// revoked, expired, or the API unreachable) is unauthenticated, never an error page.
/// </summary>
internal sealed partial class ClerkMachineTokenVerifier(Func<ClerkClient> clients, ILogger<ClerkMachineTokenVerifier> logger) : IMachineTokenVerifier
{
    public async ValueTask<(MachineIdentity? Identity, string? Reason)> VerifyAsync(
        TokenTypes type, string token, CancellationToken cancellationToken)
    {
        try
        {
            var clerk = clients();
            var identity = type switch
            {
                TokenTypes.ApiKey => FromApiKey(await clerk.ApiKeys.VerifyApiKeyAsync(new() { Secret = token }, cancellationToken).ConfigureAwait(false)),
                TokenTypes.M2MToken => FromM2MToken(await clerk.M2MTokens.VerifyM2MTokenAsync(new() { Token = token }, cancellationToken).ConfigureAwait(false)),
                TokenTypes.OAuthToken => FromOAuthToken(await clerk.OAuthAccessTokens.VerifyOAuthAccessTokenAsync(new() { AccessToken = token }, cancellationToken).ConfigureAwait(false)),
                _ => null,
            };
            if (identity is null)
            {
                TokenRefused(logger, type, "revoked, expired or incomplete");
                return (null, TokenVerificationReasons.TokenInvalid);
            }
            return (identity, null);
        }
        catch (ClerkApiException exception) when ((int)exception.StatusCode < 500 && exception.StatusCode != HttpStatusCode.TooManyRequests)
        {
            TokenRefused(logger, type, $"{(int)exception.StatusCode} {exception.Errors.FirstOrDefault()?.Code}");
            return (null, TokenVerificationReasons.TokenInvalid);
        }
        catch (Exception exception) when (exception is ClerkApiException or HttpRequestException or TimeoutException)
        {
            VerifyUnavailable(logger, type, exception);
            return (null, TokenVerificationReasons.TokenVerificationFailed);
        }
    }

    private static MachineIdentity? FromApiKey(ApiKey key) =>
        key.Revoked || key.Expired ? null : new MachineIdentity(key.Id, key.Subject, key.Scopes, Name: key.Name);

    private static MachineIdentity? FromM2MToken(M2MToken token) =>
        token.Revoked || token.Expired ? null : new MachineIdentity(token.Id, token.Subject, token.Scopes);

    private static MachineIdentity? FromOAuthToken(OAuthAccessToken token) =>
        token.IsValid ? new MachineIdentity(token.Id!, token.Subject!, token.Scopes, ClientId: token.ClientId) : null;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Clerk refused a {TokenType}: {Why}")]
    private static partial void TokenRefused(ILogger logger, TokenTypes tokenType, string why);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Clerk could not verify a {TokenType}: the Backend API failed or did not answer")]
    private static partial void VerifyUnavailable(ILogger logger, TokenTypes tokenType, Exception exception);
}
