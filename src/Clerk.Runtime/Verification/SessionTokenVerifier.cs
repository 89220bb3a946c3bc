using Clerk.Diagnostics;
using System.Runtime.InteropServices;
using Clerk.Verification.Claims;
using Clerk.Verification.Jws;
using Clerk.Verification.Keys;
using Microsoft.Extensions.Logging;

namespace Clerk.Verification;

/// <summary>
/// Verifies Clerk session tokens in the order of DESIGN.md §6: structure, header, key, signature, and only then
/// claims, so an unsigned token learns nothing about our configuration from the answer. Verified tokens are cached
/// (<see cref="VerifiedTokenCache"/>); the clock checks run on every request regardless.
/// </summary>
/// <remarks>
/// Where this verifier is deliberately stricter than Clerk's <c>verifyToken</c>/<c>authenticateRequest</c> (one list,
/// kept in step with the differential test's allow-list): a <c>crit</c> header is refused (RFC 7515 §4.1.11; Clerk
/// ignores it); duplicate JSON member names are refused at any depth (Clerk's <c>JSON.parse</c> keeps the last);
/// base64url padding is refused (the one loose decoding Clerk does); header and payload must be valid UTF-8 without
/// unpaired surrogate escapes or a byte-order mark, nested at most 16 deep; a non-string <c>kid</c> is refused;
/// optional claims of the wrong type (<c>iss</c>, <c>sid</c>, <c>sts</c>, <c>act</c>, <c>fva</c>, <c>o</c>,
/// <c>v</c>, <c>fea</c>, <c>pla</c>, v1 organization claims) fail the token instead of passing through; time claims
/// beyond the range a date can hold fail (Clerk's become NaN and pass); tokens longer than
/// <see cref="TokenVerifierSettings.MaxTokenLength"/> are refused unread; keys under 2048 bits are refused even if a
/// key source hands one over. Each key verifies only the algorithm it is bound to (RS256 for Clerk's PEM and JWKS
/// keys), as in Clerk. Reason names differ from <c>verifyToken</c> (not from <c>authenticateRequest</c>) for an
/// M2M <c>cat</c>: <c>token-type-mismatch</c> here, <c>token-invalid</c> there. An M2M subject (<c>mch_</c>) is
/// judged after the signature (Clerk: before it), so a forged one reads <c>token-invalid-signature</c>.
/// </remarks>
internal sealed class SessionTokenVerifier(
    ISigningKeys keys,
    TokenVerifierSettings settings,
    TimeProvider time,
    ILogger<SessionTokenVerifier> logger) : ISessionTokenVerifier
{
    private readonly VerifiedTokenCache cache = new(settings.CacheCapacity);

    /// <summary>Verified tokens currently cached (for tests and diagnostics).</summary>
    internal int CachedTokenCount => cache.Count;

    /// <inheritdoc />
    public ValueTask<TokenVerificationResult> VerifyAsync(string token, CancellationToken cancellationToken) =>
        VerifyAsync(token.AsMemory(), cancellationToken);

    /// <inheritdoc />
    public ValueTask<TokenVerificationResult> VerifyAsync(ReadOnlyMemory<char> token, CancellationToken cancellationToken)
    {
        if (token.IsEmpty || token.Length > settings.MaxTokenLength)
        {
            // Before any decoding: an oversized token costs one comparison, never a parse.
            return new(Refuse(VerificationFailure.Invalid(
                $"The token is empty or longer than {settings.MaxTokenLength} characters.")));
        }

        var now = time.GetUtcNow();
        if (cache.Find(token.Span, keys.Generation, now) is { } cached)
        {
            ClerkTelemetry.CacheLookup("session_token", hit: true);
            return TokenTimeRules.Check(cached.Claims!, now, settings.ClockSkew) is { } stale
                ? new(Refuse(stale))
                : new(cached);
        }

        ClerkTelemetry.CacheLookup("session_token", hit: false);
        return VerifyUncachedAsync(StringOf(token), cancellationToken);
    }

    // The token's own string: the caller's when the memory is a whole string, otherwise a copy (only on a cache miss).
    private static string StringOf(ReadOnlyMemory<char> token) =>
        MemoryMarshal.TryGetString(token, out var text, out var start, out var length) && start == 0 && length == text.Length
            ? text
            : token.ToString();

    private ValueTask<TokenVerificationResult> VerifyUncachedAsync(string token, CancellationToken cancellationToken)
    {
        // Read before the key lookup: if the key set changes while we verify, the verdict is filed under the old
        // generation and dropped, rather than outliving the key it was reached with.
        var keyGeneration = keys.Generation;

        if (!CompactJws.TryParse(token, out var jws, out var structureFailure))
        {
            return new(Refuse(structureFailure));
        }

        // Structure before the signature, claims after it: the one pass over the payload proves it a strict JSON
        // object now and notes where each claim lies, and the claims are read from there once the signature holds.
        if (!StrictJson.TryIndexObject<SessionClaimNames>(jws.Payload, out var payloadMembers))
        {
            jws.Dispose();
            return new(Refuse(VerificationFailure.Invalid("The payload is not a JSON object (or repeats a member name).")));
        }

        // A key source that answers synchronously (a PEM key, a cached JWKS) keeps the whole verification synchronous.
        // Either way the decoded bytes go back to the pool once the verdict is in (the claims are strings by then).
        var signature = JwsVerification.VerifyAsync(jws, keys, cancellationToken);
        if (!signature.IsCompletedSuccessfully)
        {
            return ConcludeAsync(jws, payloadMembers, signature, keyGeneration);
        }

        using (jws)
        {
            return new(Conclude(jws, payloadMembers, signature.Result, keyGeneration));
        }
    }

    private async ValueTask<TokenVerificationResult> ConcludeAsync(
        CompactJws jws, MemberOffsets payloadMembers, ValueTask<VerificationFailure?> signature, int keyGeneration)
    {
        using (jws)
        {
            return Conclude(jws, payloadMembers, await signature.ConfigureAwait(false), keyGeneration);
        }
    }

    /// <summary>The verdict once the signature is judged: the claims and their rules, and the cache.</summary>
    private TokenVerificationResult Conclude(
        CompactJws jws, in MemberOffsets payloadMembers, VerificationFailure? signatureFailure, int keyGeneration)
    {
        if (signatureFailure is { } failure)
        {
            return Refuse(failure);
        }

        if (!SessionClaimsReader.TryRead(jws.Payload, payloadMembers, out var claims, out var claimsFailure))
        {
            return Refuse(claimsFailure);
        }

        var now = time.GetUtcNow();
        if ((TokenTimeRules.Check(claims, now, settings.ClockSkew)
             ?? AuthorizedPartyRule.Check(claims.AuthorizedParty, settings.AuthorizedParties)) is { } claimFailure)
        {
            return Refuse(claimFailure);
        }

        var valid = TokenVerificationResult.Valid(jws.Token, claims);
        cache.Add(jws.Token, valid, keyGeneration, now);
        return valid;
    }

    private TokenVerificationResult Refuse(VerificationFailure failure)
    {
        SessionTokenVerifierLog.TokenRefused(logger, failure.Reason, failure.Message);
        return failure.ToResult();
    }
}
