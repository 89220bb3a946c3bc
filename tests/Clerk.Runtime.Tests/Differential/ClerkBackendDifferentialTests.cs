using System.Diagnostics;
using System.Text;
using Clerk.Runtime.Tests.Verification;
using Clerk.Verification;
using Clerk.Verification.Claims;
using Clerk.Verification.Jws;
using Clerk.Verification.Keys;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Clerk.Runtime.Tests.Differential;

/// <summary>
/// Only Clerk's own code can say which tokens Clerk accepts, so ours is checked against it: the same few hundred
/// tokens go to our <see cref="SessionTokenVerifier"/> and to Clerk's own <c>@clerk/backend</c> (<c>node/verify.mjs</c>:
/// <c>verifyToken</c>, and <c>authenticateRequest</c> with the token as a Bearer header), both networkless with the same
/// PEM, the same authorized parties and a 5 s skew.
/// Every valid/invalid verdict must agree, except where we are deliberately stricter: <see cref="Strictness"/>, one
/// list, each entry a predicate on the token. We never accept what Clerk refuses.
/// </summary>
/// <remarks>
/// Time: Clerk's <c>verifyToken</c> takes no clock but reads <c>Date.now()</c>, which <c>verify.mjs</c> pins per token,
/// so almost every token is judged by both sides at one pinned instant (ours through a <see cref="TimeProvider"/> that
/// returns it): the skew boundaries are then exact to the millisecond instead of racing the real clock. A handful of
/// tokens minted just before the run, with minutes of margin, also go through both on the real clock
/// (<see cref="TimeProvider.System"/> here, the unpinned <c>Date.now()</c> there).
/// Updating Clerk: <c>npm install @clerk/backend@latest</c> in <c>Differential/node</c>, commit package.json and
/// package-lock.json, and read what this test says.
/// </remarks>
public sealed class ClerkBackendDifferentialTests(ClerkBackendDifferentialFixture run, ITestOutputHelper output)
    : IClassFixture<ClerkBackendDifferentialFixture>
{
    /// <summary>
    /// Where we refuse a token Clerk accepts, on purpose: the list on <see cref="SessionTokenVerifier"/>'s remarks, as
    /// predicates on the token. A disagreement matching none of these fails the test, and so does an entry no token
    /// needs any more (the list must describe today's Clerk, not yesterday's).
    /// </summary>
    internal static readonly StrictnessEntry[] Strictness =
    [
        // On SessionTokenVerifier's list of deliberate strictness:
        new("token longer than 8 KiB",
            "refused unread above TokenVerifierSettings.MaxTokenLength; Clerk has no bound",
            shape => shape.Token.Length > 8 * 1024, TokenVerificationReasons.TokenInvalid),
        new("non-canonical base64url (= padding)",
            "one byte sequence has one spelling (exact-string cache, no hidden tampering); Clerk's decoder skips trailing =",
            shape => shape.HasPaddedSegment, TokenVerificationReasons.TokenInvalid),
        new("duplicate JSON member names",
            "RFC 7515 §5.2 lets a verifier refuse them, and two parsers may pick different copies; JSON.parse keeps the last",
            shape => shape.HasDuplicateMemberNames, TokenVerificationReasons.TokenInvalid),
        new("invalid UTF-8 or an unpaired surrogate escape",
            "I-JSON (RFC 7493); Clerk's TextDecoder substitutes U+FFFD and JSON.parse keeps lone surrogates",
            shape => shape.HasMalformedText, TokenVerificationReasons.TokenInvalid),
        new("crit header",
            "RFC 7515 §4.1.11: a recipient MUST reject crit extensions it does not understand; Clerk ignores crit",
            shape => shape.HasCriticalHeader, TokenVerificationReasons.TokenInvalid),
        new("non-string kid",
            "a kid is a string (RFC 7515 §4.1.4); Clerk interpolates any value into its key id",
            shape => shape.HasNonStringKeyId, TokenVerificationReasons.TokenInvalid),
        new("optional session claim of the wrong type",
            "sid/sts/act/fva/o/v/fea/pla and the v1 organization claims (also azp and iss) fail the token instead of " +
            "passing through; Clerk's verifyToken never looks at them",
            shape => shape.HasOptionalClaimOfWrongType, TokenVerificationReasons.TokenInvalid),

        // Deliberate in the code (UnixTime, StrictJson) but NOT YET on SessionTokenVerifier's list: found by this test.
        new("exp/nbf/iat outside the range of a JavaScript Date",
            "UnixTime clamps to years 1 and 9999 (and a non-finite number is no NumericDate), so the check fails closed; " +
            "Clerk's Date becomes NaN, every comparison is false and the check passes: exp -1e20 or 1e400 never expires, " +
            "nbf 1e13 is already active",
            shape => shape.HasTimeBeyondJavaScriptDates,
            TokenVerificationReasons.TokenExpired, TokenVerificationReasons.TokenNotActiveYet,
            TokenVerificationReasons.TokenIatInTheFuture, TokenVerificationReasons.TokenVerificationFailed),
        new("UTF-8 byte order mark before the JSON",
            "RFC 8259 §8.1: JSON text MUST NOT begin with a BOM; Clerk's TextDecoder drops it silently",
            shape => shape.HasByteOrderMark, TokenVerificationReasons.TokenInvalid),
        new("JSON nested deeper than 16",
            "StrictJson's MaxDepth bounds the parsing work per token; JSON.parse has no such bound",
            shape => shape.NestingDepth > 16, TokenVerificationReasons.TokenInvalid),
    ];

    /// <summary>
    /// Checks Clerk makes in <c>authenticateRequest</c> before it calls <c>verifyToken</c>, so <c>verifyToken</c> alone
    /// accepts these: a JWT-template, M2M or unknown <c>cat</c>, and a machine (<c>mch_</c>) subject. Allowed only in the
    /// comparison with <c>verifyToken</c>, and only when <c>authenticateRequest</c> refused the same token for its type.
    /// </summary>
    internal static readonly StrictnessEntry SessionClassCheckedByAuthenticateRequest = new(
        "not a session token (cat, mch_ subject)",
        "token-type-mismatch comes from authenticateRequest; verifyToken alone does not check the token class",
        shape => shape.HasNonSessionCategory || shape.HasMachineSubject,
        TokenVerificationReasons.TokenTypeMismatch);

    [Fact]
    public void We_never_accept_a_token_Clerk_refuses()
    {
        WriteSummary();
        var lenient = run.Comparisons
            .Where(c => c.Ours.IsValid && (!c.Clerk.Valid || c.Clerk.AuthenticateRequest is { Valid: false }))
            .ToList();

        Assert.True(lenient.Count == 0,
            $"{lenient.Count} token(s) we accept and Clerk refuses (a bug in our verifier, or a behaviour to decide on):\n"
            + string.Join("\n", lenient.Select(Describe)));
    }

    [Fact]
    public void Every_token_Clerk_accepts_and_we_refuse_is_deliberate_strictness()
    {
        WriteSummary();
        var unexplained = new List<string>();
        foreach (var c in run.Comparisons.Where(c => !c.Ours.IsValid))
        {
            if (c.ClerkSessionValid && Explain(c) is null)
            {
                unexplained.Add("vs authenticateRequest: " + Describe(c));
            }

            if (c.Clerk.Valid && Explain(c) is null && !IsSessionClassRefusal(c))
            {
                unexplained.Add("vs verifyToken: " + Describe(c));
            }
        }

        Assert.True(unexplained.Count == 0,
            $"{unexplained.Count} refusal(s) where Clerk accepts, matching no entry of the strictness list:\n" + string.Join("\n", unexplained));
    }

    [Fact]
    public void Every_strictness_entry_is_still_needed()
    {
        WriteSummary();
        var unused = Strictness.Append(SessionClassCheckedByAuthenticateRequest)
            .Where(entry => !run.Comparisons.Any(c => !c.Ours.IsValid && c.Clerk.Valid && entry.Covers(c)))
            .Select(entry => entry.Name)
            .ToList();

        Assert.True(unused.Count == 0,
            "Strictness entries no token needed (Clerk now refuses these too, or no token exercises them): " + string.Join(", ", unused));
    }

    [Fact]
    public void Clerk_accepts_the_genuine_tokens()
    {
        // Guards the harness itself: if Clerk could not read our PEM, every verdict would be "invalid".
        var genuine = run.Comparisons.Where(c => c.Case.Name.StartsWith("valid ", StringComparison.Ordinal)
                                              || c.Case.Name.StartsWith("real clock: valid", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(genuine);
        Assert.All(genuine, c => Assert.True(c.Clerk.Valid && c.Ours.IsValid, Describe(c)));
    }

    /// <summary>The first strictness entry that covers our refusal of <paramref name="c"/>, or null.</summary>
    internal static StrictnessEntry? Explain(Comparison c) => Strictness.FirstOrDefault(entry => entry.Covers(c));

    /// <summary>We refused a token for its class, as <c>authenticateRequest</c> did, where <c>verifyToken</c> does not look.</summary>
    internal static bool IsSessionClassRefusal(Comparison c) =>
        SessionClassCheckedByAuthenticateRequest.Covers(c)
        && c.Clerk.AuthenticateRequest is { Valid: false, Reason: TokenVerificationReasons.TokenTypeMismatch };

    private void WriteSummary() => output.WriteLine(run.Summary);

    private static string Describe(Comparison c)
    {
        var token = c.Case.Token.Length > 160 ? c.Case.Token[..80] + "…" + c.Case.Token[^40..] : c.Case.Token;
        return $"  - {c.Case.Name}: ours {(c.Ours.IsValid ? "valid" : c.Ours.Reason)}, " +
               $"verifyToken {(c.Clerk.Valid ? "valid" : c.Clerk.Reason)}, " +
               $"authenticateRequest {(c.Clerk.AuthenticateRequest is { } r ? r.Valid ? "valid" : r.Reason : "n/a")}\n" +
               $"      header {Text(c.Shape.HeaderBytes)}\n      payload {Text(c.Shape.PayloadBytes)}\n      token {token}";

        static string Text(byte[]? bytes) => bytes is null ? "(not base64url)"
            : Encoding.UTF8.GetString(bytes) is var text && text.Length > 300 ? text[..300] + "…" : Encoding.UTF8.GetString(bytes);
    }
}

/// <summary>
/// One deliberate strictness: a name, why, which tokens it covers (a predicate on the token), and the reasons our
/// refusal may carry for it, so a token that merely happens to match cannot hide a refusal for another cause.
/// </summary>
internal sealed record StrictnessEntry(string Name, string Why, Func<TokenShape, bool> Applies, params string[] OurReasons)
{
    public bool Covers(Comparison c) => !c.Ours.IsValid && OurReasons.Contains(c.Ours.Reason) && Applies(c.Shape);
}

/// <summary>Our verdict and Clerk's on one token.</summary>
internal sealed record Comparison(DifferentialCase Case, TokenVerificationResult Ours, ClerkVerdict Clerk, TokenShape Shape)
{
    /// <summary>Clerk's session-token decision: <c>authenticateRequest</c>'s when the token fits a header, else <c>verifyToken</c>'s.</summary>
    public bool ClerkSessionValid => Clerk.AuthenticateRequest?.Valid ?? Clerk.Valid;
}

/// <summary>
/// Installs <c>@clerk/backend</c> if needed, builds the tokens, and runs both verifiers once for all the tests.
/// </summary>
public sealed class ClerkBackendDifferentialFixture : IAsyncLifetime
{
    internal IReadOnlyList<Comparison> Comparisons { get; private set; } = [];

    internal string Summary { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        await ClerkBackendVerifier.EnsureInstalledAsync();
        var install = stopwatch.Elapsed;

        var pem = TestRsaKeys.InstancePublicPem;
        var settings = new TokenVerifierSettings
        {
            AuthorizedParties = DifferentialTokens.AuthorizedParties,
            ClockSkew = TimeSpan.FromSeconds(5),
        };
        using var keys = new PemSigningKey(pem);
        var clock = new PinnedClock();
        var pinned = new SessionTokenVerifier(keys, settings, clock, NullLogger<SessionTokenVerifier>.Instance);
        var system = new SessionTokenVerifier(keys, settings, TimeProvider.System, NullLogger<SessionTokenVerifier>.Instance);

        var cases = DifferentialTokens.Build();
        var generated = stopwatch.Elapsed;
        cases.AddRange(DifferentialTokens.BuildRealClock());

        // Clerk first for the real-clock cases' sake: they were minted just now, with minutes of margin.
        var clerk = await ClerkBackendVerifier.VerifyAsync(
            cases.Select(c => (c.Token, c.NowMs)).ToList(), pem, DifferentialTokens.AuthorizedParties);
        var clerkDone = stopwatch.Elapsed;

        var comparisons = new List<Comparison>(cases.Count);
        for (var i = 0; i < cases.Count; i++)
        {
            TokenVerificationResult ours;
            if (cases[i].NowMs is { } nowMs)
            {
                clock.Now = DateTimeOffset.FromUnixTimeMilliseconds(nowMs);
                ours = await pinned.VerifyAsync(cases[i].Token, CancellationToken.None);
            }
            else
            {
                ours = await system.VerifyAsync(cases[i].Token, CancellationToken.None);
            }

            comparisons.Add(new Comparison(cases[i], ours, clerk[i], TokenShape.Of(cases[i].Token)));
        }

        Comparisons = comparisons;
        if (Environment.GetEnvironmentVariable("CLERK_DIFFERENTIAL_DUMP") is { Length: > 0 } dumpPath)
        {
            // Every verdict, one JSON line per token, for reading a failure at leisure.
            await File.WriteAllLinesAsync(dumpPath, comparisons.Select(c => System.Text.Json.JsonSerializer.Serialize(new
            {
                c.Case.Name, c.Case.NowMs, Ours = c.Ours.IsValid ? "valid" : c.Ours.Reason, Clerk = c.Clerk, c.Case.Token,
            })));
        }

        Summary = Summarize(comparisons, ClerkBackendVerifier.InstalledVersion(), install, generated - install, clerkDone - generated);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Summarize(List<Comparison> comparisons, string version, TimeSpan install, TimeSpan generate, TimeSpan clerk)
    {
        var text = new StringBuilder();
        text.AppendLine($"@clerk/backend {version}: {comparisons.Count} tokens " +
                        $"(npm check/install {install.TotalSeconds:0.0} s, generating {generate.TotalSeconds:0.0} s, Clerk's run {clerk.TotalSeconds:0.0} s)");
        foreach (var (label, clerkValid) in new (string, Func<Comparison, bool?>)[]
        {
            ("authenticateRequest", c => c.Clerk.AuthenticateRequest?.Valid),
            ("verifyToken", c => c.Clerk.Valid),
        })
        {
            var judged = comparisons.Where(c => clerkValid(c) is not null).ToList();
            var bothValid = judged.Count(c => c.Ours.IsValid && clerkValid(c) == true);
            var bothInvalid = judged.Count(c => !c.Ours.IsValid && clerkValid(c) == false);
            var stricter = judged.Count(c => !c.Ours.IsValid && clerkValid(c) == true);
            var lenient = judged.Count(c => c.Ours.IsValid && clerkValid(c) == false);
            var sameReason = judged.Count(c => !c.Ours.IsValid && clerkValid(c) == false
                && c.Ours.Reason == (label == "verifyToken" ? c.Clerk.Reason : c.Clerk.AuthenticateRequest!.Reason));
            text.AppendLine($"  vs {label} ({judged.Count} tokens): agree {bothValid + bothInvalid} " +
                            $"({bothValid} valid, {bothInvalid} invalid, {sameReason} of those with the same reason name); " +
                            $"we are stricter on {stricter}; Clerk is stricter on {lenient}");
        }

        // Clerk's reasons are kebab-case codes; anything else is the name of an error it threw.
        var threw = comparisons
            .SelectMany(c => new[] { c.Clerk.Valid ? null : c.Clerk.Reason, c.Clerk.AuthenticateRequest is { Valid: false } r ? r.Reason : null })
            .Where(reason => reason is not null && reason.Any(char.IsUpper))
            .GroupBy(reason => reason)
            .Select(group => $"{group.Key} ×{group.Count()}")
            .ToList();
        if (threw.Count > 0)
        {
            text.AppendLine("  Clerk threw instead of answering: " + string.Join(", ", threw));
        }

        foreach (var group in comparisons
                     .Where(c => !c.Ours.IsValid && c.Clerk.Valid)
                     .GroupBy(c => ClerkBackendDifferentialTests.Explain(c)?.Name
                                   ?? (ClerkBackendDifferentialTests.IsSessionClassRefusal(c)
                                       ? ClerkBackendDifferentialTests.SessionClassCheckedByAuthenticateRequest.Name + " (verifyToken only)"
                                       : "UNEXPLAINED")))
        {
            text.AppendLine($"    stricter, {group.Key}: {group.Count()}");
        }

        return text.ToString();
    }

    /// <summary>A clock that says what it is told: both verifiers judge a token at the same instant.</summary>
    private sealed class PinnedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
