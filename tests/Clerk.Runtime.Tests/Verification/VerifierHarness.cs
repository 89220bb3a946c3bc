using Clerk.Tests.Logging;
using Clerk.Verification;
using Microsoft.Extensions.Time.Testing;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>A <see cref="SessionTokenVerifier"/> on a fake clock, with a recording key source and logger.</summary>
internal sealed class VerifierHarness
{
    /// <summary>A whole second, so the skew boundaries land exactly on NumericDate values.</summary>
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public VerifierHarness(TokenVerifierSettings? settings = null, FakeSigningKeys? keys = null)
    {
        Keys = keys ?? new FakeSigningKeys();
        Settings = settings ?? new TokenVerifierSettings();
        Verifier = new SessionTokenVerifier(Keys, Settings, Clock, Logger);
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public FakeSigningKeys Keys { get; }

    public TokenVerifierSettings Settings { get; }

    public RecordingLogger<SessionTokenVerifier> Logger { get; } = new();

    public SessionTokenVerifier Verifier { get; }

    public long Now => Clock.GetUtcNow().ToUnixTimeSeconds();

    public TokenVerificationResult Verify(string token) => Verify(token.AsMemory());

    /// <summary>The verdict on token text that is a slice of a larger string, as a request header holds it.</summary>
    public TokenVerificationResult Verify(ReadOnlyMemory<char> token) =>
        Verifier.VerifyAsync(token, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>The verdict when <see cref="SessionTokenVerifier.VerifyAsync(string, CancellationToken)"/> completed synchronously (a cache hit); throws otherwise.</summary>
    public TokenVerificationResult VerifySynchronously(string token) => VerifySynchronously(token.AsMemory());

    /// <summary>As <see cref="VerifySynchronously(string)"/>, for a slice of a larger string.</summary>
    public TokenVerificationResult VerifySynchronously(ReadOnlyMemory<char> token)
    {
        var pending = Verifier.VerifyAsync(token, CancellationToken.None);
        return pending.IsCompletedSuccessfully
            ? pending.Result
            : throw new InvalidOperationException("The verification did not complete synchronously.");
    }

    /// <summary>A genuine v2 session token's claims, valid now for 60 seconds, as Clerk mints them.</summary>
    public Dictionary<string, object?> SessionPayload() => new()
    {
        ["azp"] = "https://app.example.com",
        ["exp"] = Now + 60,
        ["fva"] = new[] { 3, -1 },
        ["iat"] = Now,
        ["iss"] = "https://clerk.example.com",
        ["nbf"] = Now - 5,
        ["sid"] = "sess_123",
        ["sts"] = "active",
        ["sub"] = "user_123",
        ["v"] = 2,
    };

    /// <summary>A genuine token with <paramref name="change"/> applied to its claims.</summary>
    public string SignedSessionToken(Action<Dictionary<string, object?>>? change = null)
    {
        var payload = SessionPayload();
        change?.Invoke(payload);
        return TokenSigner.Sign(JwsTokens.SessionHeader(), payload);
    }
}
