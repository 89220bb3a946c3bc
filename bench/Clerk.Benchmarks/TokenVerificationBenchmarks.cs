using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Clerk.Verification;
using Clerk.Verification.Keys;
using Microsoft.Extensions.Logging.Abstractions;

namespace Clerk.Benchmarks;

/// <summary>
/// Session-token verification against its floor, the bare RSA check no verifier can skip, all in one run so the
/// ratios compare like with like: the goals (bench/benchlib/goals.py) are stated as those ratios. Every benchmark uses
/// the networkless PEM key source, the same 2048-bit RS256 token and the real system clock.
/// </summary>
[MemoryDiagnoser]
public class TokenVerificationBenchmarks
{
    private BenchmarkTokens tokens = null!;
    private RSA bareKey = null!;
    private byte[] signingInput = null!;
    private byte[] signature = null!;
    private PemSigningKey coldKeys = null!;
    private PemSigningKey warmKeys = null!;
    private SessionTokenVerifier coldVerifier = null!;
    private SessionTokenVerifier warmVerifier = null!;
    private string token = null!;
    private TokenVerificationResult verified = null!;

    [GlobalSetup]
    public void Setup()
    {
        tokens = new BenchmarkTokens();
        token = tokens.SessionToken();
        var pem = tokens.PublicKeyPem;

        // The baseline: the one RSA operation a verification cannot avoid, on the same kind of key object (a public
        // key imported from the same PEM) over the same bytes, with the ASCII signing input already in hand, through
        // the span overload the verifier uses (the array overload also allocates the hash).
        bareKey = RSA.Create();
        bareKey.ImportFromPem(pem);
        var lastDot = token.LastIndexOf('.');
        signingInput = Encoding.ASCII.GetBytes(token[..lastDot]);
        signature = Base64Url.DecodeFromChars(token.AsSpan(lastDot + 1));

        var settings = new TokenVerifierSettings { AuthorizedParties = ["https://app.example.com"] };

        // Cold: the verifier's cache is defeated by giving it no room (CacheCapacity 0, which VerifiedTokenCache
        // supports: Add keeps nothing). Every call then does exactly what a first sight of a token does — the length
        // check, the clock read, the cache lookup that misses, parsing, header rules, the RSA check, the claims and
        // their time and azp rules — and nothing more: no verifier construction, no key import, no eviction sweep
        // (a pool of distinct tokens would add cache inserts and sweeps; a verifier per op would add construction).
        // The one piece of a real miss this leaves out is the cache insert, a single dictionary add. As in production,
        // the header is the one every token of the instance carries (LastHeader remembers its decoding), and the v2
        // lists (fea, pla, the permissions in o.per/o.fpm) are type-checked but taken apart only when first read:
        // ColdVerifyThenOrgPermissions measures a fresh token whose route reads them.
        coldKeys = new PemSigningKey(pem);
        coldVerifier = new SessionTokenVerifier(coldKeys, settings with { CacheCapacity = 0 }, TimeProvider.System,
            NullLogger<SessionTokenVerifier>.Instance);

        warmKeys = new PemSigningKey(pem);
        warmVerifier = new SessionTokenVerifier(warmKeys, settings, TimeProvider.System, NullLogger<SessionTokenVerifier>.Instance);

        // Sanity: both verifiers accept the token, the cold one keeps nothing and the warm one has it cached, and the
        // baseline's signature is genuine, so no benchmark measures a refusal.
        verified = Verify(warmVerifier, token);
        Require(verified.IsValid, $"the token did not verify: {verified.Reason} {verified.Message}");
        Require(Verify(coldVerifier, token).IsValid, "the cold verifier refused the token");
        Require(coldVerifier.CachedTokenCount == 0, "the cold verifier cached the token");
        Require(warmVerifier.CachedTokenCount == 1, "the warm verifier did not cache the token");
        Require(warmVerifier.VerifyAsync(token, CancellationToken.None).IsCompletedSuccessfully, "a cache hit did not complete synchronously");
        Require(coldVerifier.VerifyAsync(token, CancellationToken.None).IsCompletedSuccessfully, "a cold verification did not complete synchronously");
        Require(BareRsaVerify(), "the bare RSA check failed");
        Require(ColdVerifyThenOrgPermissions() == 3 + 3 + 2, "the token's v2 lists did not decode to 3 permissions, 3 features and 2 plans");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        bareKey.Dispose();
        coldKeys.Dispose();
        warmKeys.Dispose();
        tokens.Dispose();
    }

    /// <summary>The floor: RSASSA-PKCS1-v1_5 with SHA-256 over <c>header.payload</c>, nothing else.</summary>
    [Benchmark(Baseline = true)]
    public bool BareRsaVerify() =>
        bareKey.VerifyData(signingInput.AsSpan(), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    /// <summary>A token the verifier has not seen: one full verification.</summary>
    [Benchmark]
    public TokenVerificationResult ColdVerify() => Verify(coldVerifier, token);

    /// <summary>
    /// A token the verifier has not seen, on a route that checks a permission (or a feature or plan): one full
    /// verification plus the first read of the v2 lists, which decodes them (they are then kept with the verdict).
    /// </summary>
    [Benchmark]
    public int ColdVerifyThenOrgPermissions()
    {
        var claims = Verify(coldVerifier, token).Claims!;
        return claims.OrgPermissions.Count + claims.Features.Count + claims.Plans.Count;
    }

    /// <summary>The same token, already verified: the cache lookup plus the time rules that run on every request.</summary>
    [Benchmark]
    public TokenVerificationResult CacheHit() => Verify(warmVerifier, token);

    /// <summary>The request's <see cref="Auth"/> from a verdict, as ClerkAuthenticator builds it.</summary>
    [Benchmark]
    public Auth AuthConstruction() => new(TokenTypes.SessionToken, token, verified.Claims, verified.Reason);

    // The PEM key source answers synchronously, so VerifyAsync completes synchronously, cached or not (the setup
    // checks it): its result is read straight from the ValueTask, as an awaiting caller would get it.
    private static TokenVerificationResult Verify(SessionTokenVerifier verifier, string token)
    {
        var pending = verifier.VerifyAsync(token, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    private static void Require(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark setup: " + what + ".");
        }
    }
}
