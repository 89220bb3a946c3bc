using Clerk.Verification;
using Clerk.Verification.Claims;
using Clerk.Verification.Keys;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// The verified-token cache inside <see cref="SessionTokenVerifier"/>. A key lookup happens on every full
/// verification and never on a hit, so <see cref="FakeSigningKeys.Lookups"/> tells hits from misses.
/// </summary>
public sealed class VerifiedTokenCacheTests
{
    private readonly VerifierHarness harness = new();

    [Fact]
    public void A_second_verification_of_the_same_token_is_a_hit_with_the_same_claims()
    {
        var token = harness.SignedSessionToken();

        var first = harness.Verify(token);
        var second = harness.Verify(token);

        Assert.True(first.IsValid);
        Assert.Same(first, second);
        Assert.Same(first.Claims, second.Claims);
        Assert.Equal(1, harness.Keys.Lookups);
    }

    [Fact]
    public void A_hit_completes_synchronously()
    {
        var token = harness.SignedSessionToken();
        harness.Verify(token);

        Assert.True(harness.Verifier.VerifyAsync(token, CancellationToken.None).IsCompletedSuccessfully);
    }

    [Fact]
    public void A_hit_allocates_nothing()
    {
        var token = harness.SignedSessionToken();
        harness.Verify(token);
        for (var i = 0; i < 100; i++)
        {
            // Warm-up: JIT, tiering and any lazily created statics are paid here, not in the measured call.
            _ = harness.VerifySynchronously(token);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = harness.VerifySynchronously(token);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsValid);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void A_token_sliced_from_a_header_hits_without_a_copy_and_hands_back_the_cached_string()
    {
        var token = harness.SignedSessionToken();
        harness.Verify(token);
        var header = "Bearer " + token + "  ";
        var slice = header.AsMemory(7, token.Length);
        for (var i = 0; i < 100; i++)
        {
            _ = harness.VerifySynchronously(slice);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = harness.VerifySynchronously(slice);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(result.IsValid);
        Assert.Same(token, result.VerifiedToken);
        Assert.Equal(0, allocated);
        Assert.Equal(1, harness.Keys.Lookups);
    }

    [Fact]
    public void A_token_sliced_from_a_header_that_misses_is_verified_as_its_own_string()
    {
        var token = harness.SignedSessionToken();

        var result = harness.Verify(("Bearer " + token).AsMemory(7));

        Assert.True(result.IsValid);
        Assert.Equal(token, result.VerifiedToken);
        Assert.Same(result, harness.Verify(token));
    }

    [Fact]
    public void A_slice_longer_or_shorter_than_the_cached_token_misses()
    {
        var token = harness.SignedSessionToken();
        harness.Verify(token);

        Assert.False(harness.Verify((token + "A").AsMemory()).IsValid);
        Assert.False(harness.Verify(token.AsMemory(0, token.Length - 1)).IsValid);
    }

    [Fact]
    public void Only_the_exact_token_string_hits()
    {
        var token = harness.SignedSessionToken();
        harness.Verify(token);

        Assert.False(harness.Verify(token + ".").IsValid);
        Assert.False(harness.Verify(" " + token).IsValid);
        Assert.Equal(1, harness.Keys.Lookups);
    }

    [Fact]
    public void The_clock_checks_still_run_on_a_hit()
    {
        var token = harness.SignedSessionToken(p => p["nbf"] = harness.Now - 5);
        Assert.True(harness.Verify(token).IsValid);

        // A clock that moves back (NTP correction) must not be ignored because the verdict was cached.
        harness.Clock.AdjustTime(VerifierHarness.Start.AddSeconds(-11));
        var result = harness.Verify(token);

        Assert.Equal(TokenVerificationReasons.TokenNotActiveYet, result.Reason);
        Assert.Equal(1, harness.Keys.Lookups);
    }

    [Fact]
    public void An_entry_expires_at_exp_and_the_skew_is_then_judged_by_a_full_verification()
    {
        var token = harness.SignedSessionToken(p => p["exp"] = harness.Now + 60);
        harness.Verify(token);
        Assert.Equal(1, harness.Verifier.CachedTokenCount);

        harness.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.True(harness.Verify(token).IsValid);
        Assert.Equal(1, harness.Keys.Lookups);

        harness.Clock.Advance(TimeSpan.FromSeconds(1));
        var atExp = harness.Verify(token);
        Assert.True(atExp.IsValid); // still inside the 5 s skew...
        Assert.Equal(2, harness.Keys.Lookups); // ...but no longer from the cache
        Assert.Equal(0, harness.Verifier.CachedTokenCount); // and not put back

        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(TokenVerificationReasons.TokenExpired, harness.Verify(token).Reason);
    }

    [Fact]
    public void A_change_of_key_generation_clears_the_cache()
    {
        var token = harness.SignedSessionToken();
        harness.Verify(token);

        harness.Keys.Generation++;
        Assert.True(harness.Verify(token).IsValid);

        Assert.Equal(2, harness.Keys.Lookups);
        Assert.Equal(1, harness.Verifier.CachedTokenCount);
    }

    [Fact]
    public async Task A_verdict_reached_while_the_keys_changed_is_not_kept_for_the_new_keys()
    {
        var keys = new GenerationBumpingKeys();
        var verifier = new SessionTokenVerifier(keys, new TokenVerifierSettings(), harness.Clock, harness.Logger);
        var token = harness.SignedSessionToken();

        await verifier.VerifyAsync(token, CancellationToken.None);
        await verifier.VerifyAsync(token, CancellationToken.None);

        Assert.Equal(2, keys.Lookups);
    }

    [Fact]
    public void The_cache_never_holds_more_than_its_capacity()
    {
        var small = new VerifierHarness(new TokenVerifierSettings { CacheCapacity = 3 });
        var tokens = Enumerable.Range(0, 5).Select(i => small.SignedSessionToken(p => p["sid"] = $"sess_{i}")).ToList();

        foreach (var token in tokens)
        {
            Assert.True(small.Verify(token).IsValid);
        }

        Assert.Equal(3, small.Verifier.CachedTokenCount);
        Assert.True(small.Verify(tokens[4]).IsValid); // not cached, still verified
        Assert.Equal(6, small.Keys.Lookups);
    }

    [Fact]
    public void A_full_cache_makes_room_by_dropping_expired_entries()
    {
        var small = new VerifierHarness(new TokenVerifierSettings { CacheCapacity = 2 });
        foreach (var session in new[] { "sess_a", "sess_b" })
        {
            small.Verify(small.SignedSessionToken(p => (p["sid"], p["exp"]) = (session, small.Now + 10)));
        }

        Assert.Equal(2, small.Verifier.CachedTokenCount);
        small.Clock.Advance(TimeSpan.FromSeconds(10));

        var fresh = small.SignedSessionToken(p => p["sid"] = "sess_fresh");
        small.Verify(fresh);
        small.Verify(fresh);

        Assert.Equal(1, small.Verifier.CachedTokenCount);
        Assert.Equal(3, small.Keys.Lookups);
    }

    [Fact]
    public void A_full_cache_sweeps_for_expired_entries_at_most_once_a_second()
    {
        // Directly on the cache, with sub-second expiries a NumericDate cannot express.
        var t = VerifierHarness.Start;
        var cache = new VerifiedTokenCache(capacity: 1);
        cache.Add("a", ValidUntil(t.AddSeconds(1)), keyGeneration: 0, now: t);

        cache.Add("b", ValidUntil(t.AddSeconds(1.5)), 0, t.AddSeconds(1)); // full: sweeps, "a" goes
        cache.Add("c", ValidUntil(t.AddSeconds(9)), 0, t.AddSeconds(1.6)); // "b" expired, but a sweep ran 0.6 s ago
        var cAfterSkippedSweep = cache.Find("c", 0, t.AddSeconds(1.6));
        cache.Add("c", ValidUntil(t.AddSeconds(9)), 0, t.AddSeconds(2)); // a second later: sweeps, "b" goes

        Assert.Null(cAfterSkippedSweep);
        Assert.NotNull(cache.Find("c", 0, t.AddSeconds(2)));
        Assert.Equal(1, cache.Count);
    }

    private static TokenVerificationResult ValidUntil(DateTimeOffset expiresAt) =>
        TokenVerificationResult.Valid(new SessionClaims { Subject = "user_1", ExpiresAt = expiresAt });

    [Fact]
    public void Refused_tokens_are_never_cached()
    {
        var forged = TokenSigner.Sign(JwsTokens.SessionHeader(), harness.SessionPayload(), TestRsaKeys.AttackerKey);

        harness.Verify(forged);
        harness.Verify(forged);

        Assert.Equal(0, harness.Verifier.CachedTokenCount);
        Assert.Equal(2, harness.Keys.Lookups);
    }

    [Fact]
    public void Concurrent_verifications_of_many_tokens_agree_and_stay_within_capacity()
    {
        var small = new VerifierHarness(new TokenVerifierSettings { CacheCapacity = 16 });
        var tokens = Enumerable.Range(0, 64).Select(i => small.SignedSessionToken(p => p["sid"] = $"sess_{i}")).ToArray();

        Parallel.For(0, 2_000, i => Assert.True(small.Verify(tokens[i % tokens.Length]).IsValid));

        Assert.InRange(small.Verifier.CachedTokenCount, 1, 16);
    }

    /// <summary>A key source whose key set changes during every lookup, like a JWKS refresh racing a verification.</summary>
    private sealed class GenerationBumpingKeys : ISigningKeys
    {
        public int Lookups { get; private set; }

        public int Generation { get; private set; }

        public ValueTask<SigningKeyLookup> FindAsync(string? keyId, CancellationToken cancellationToken)
        {
            Lookups++;
            Generation++;
            return new(SigningKeyLookup.Found(TestRsaKeys.InstanceKey));
        }
    }
}
