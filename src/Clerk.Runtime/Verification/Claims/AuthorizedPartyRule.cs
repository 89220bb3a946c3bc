namespace Clerk.Verification.Claims;

/// <summary>
/// <c>azp</c> against the configured origins. Once origins are configured the claim is required: a token that
/// simply omits it must not slip past the check meant to stop a session cookie leaked to a sibling subdomain.
/// </summary>
internal static class AuthorizedPartyRule
{
    public static VerificationFailure? Check(string? authorizedParty, IReadOnlyList<string> authorizedParties)
    {
        if (authorizedParties.Count == 0)
        {
            return null;
        }

        if (string.IsNullOrEmpty(authorizedParty) || !authorizedParties.Contains(authorizedParty, StringComparer.Ordinal))
        {
            return new VerificationFailure(
                TokenVerificationReasons.TokenInvalidAuthorizedParties,
                "The azp claim is missing or is not one of the authorized parties.");
        }

        return null;
    }
}
