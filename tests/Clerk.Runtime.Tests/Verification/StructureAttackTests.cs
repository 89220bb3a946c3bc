using System.Buffers.Text;
using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// DESIGN.md §8: extra segments, stripped or truncated signatures, non-canonical base64url, duplicate JSON keys and
/// oversized tokens. Each starts from a genuine token, so the only thing wrong is the attack.
/// </summary>
public sealed class StructureAttackTests
{
    private readonly VerifierHarness harness = new();

    private string Genuine => harness.SignedSessionToken();

    [Fact]
    public void The_genuine_token_these_attacks_start_from_verifies()
    {
        Assert.True(harness.Verify(Genuine).IsValid);
    }

    [Theory]
    [InlineData(".")]
    [InlineData(".extra")]
    [InlineData(".e30")]
    [InlineData("..")]
    public void Extra_segments_are_refused(string suffix)
    {
        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(Genuine + suffix).Reason);
    }

    [Fact]
    public void A_five_segment_JWE_shape_is_refused()
    {
        var parts = Genuine.Split('.');
        var jweShaped = string.Join('.', parts[0], "", parts[1], "", parts[2]);

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(jweShaped).Reason);
    }

    [Fact]
    public void Two_segments_without_a_signature_are_refused_as_malformed()
    {
        var parts = Genuine.Split('.');

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(parts[0] + "." + parts[1]).Reason);
    }

    [Fact]
    public void A_stripped_signature_is_an_invalid_signature()
    {
        var parts = Genuine.Split('.');

        Assert.Equal(TokenVerificationReasons.TokenInvalidSignature, harness.Verify(parts[0] + "." + parts[1] + ".").Reason);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(128)]
    [InlineData(255)]
    public void A_truncated_signature_is_an_invalid_signature(int bytesKept)
    {
        var parts = Genuine.Split('.');
        var truncated = Base64Url.DecodeFromChars(parts[2])[..bytesKept];

        var result = harness.Verify(parts[0] + "." + parts[1] + "." + Base64Url.EncodeToString(truncated));

        Assert.Equal(TokenVerificationReasons.TokenInvalidSignature, result.Reason);
    }

    [Fact]
    public void A_signature_with_a_zero_byte_prepended_is_an_invalid_signature()
    {
        // Numerically the same RSA value; a length-lenient verifier would accept it, making tokens malleable.
        var parts = Genuine.Split('.');
        var signature = Base64Url.DecodeFromChars(parts[2]);
        var padded = Base64Url.EncodeToString([0, .. signature]);

        Assert.Equal(TokenVerificationReasons.TokenInvalidSignature, harness.Verify(parts[0] + "." + parts[1] + "." + padded).Reason);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Padding_in_any_segment_is_refused(int segment)
    {
        var parts = Genuine.Split('.');
        var padded = parts[segment].PadRight((parts[segment].Length + 3) / 4 * 4, '=');
        parts[segment] = padded == parts[segment] ? padded + "====" : padded;

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(string.Join('.', parts)).Reason);
    }

    [Theory]
    [InlineData('-', '+')]
    [InlineData('_', '/')]
    public void The_standard_base64_alphabet_is_refused(char urlSafe, char standard)
    {
        // Find a genuine token whose signature uses the URL-safe character, then spell it the base64 way.
        string token;
        var attempt = 0;
        do
        {
            token = harness.SignedSessionToken(p => p["jti"] = $"attempt-{attempt++}");
        }
        while (!token.Split('.')[2].Contains(urlSafe));

        var parts = token.Split('.');
        var respelled = parts[0] + "." + parts[1] + "." + parts[2].Replace(urlSafe, standard);

        Assert.True(harness.Verify(token).IsValid);
        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(respelled).Reason);
    }

    [Fact]
    public void Non_canonical_trailing_bits_are_refused_even_though_they_decode_to_the_same_bytes()
    {
        // A 2048-bit signature is 256 bytes: 342 characters, the last carrying 4 unused bits. Setting one gives a
        // different string for the very same signature; accepted, it would let one token exist in many spellings.
        var parts = Genuine.Split('.');
        Assert.Equal(2, parts[2].Length % 4);
        var last = parts[2][^1];
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var sibling = alphabet[alphabet.IndexOf(last) | 1];
        var respelled = parts[0] + "." + parts[1] + "." + parts[2][..^1] + sibling;
        Assert.Equal(LenientDecode(parts[2]), LenientDecode(respelled.Split('.')[2]));

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(respelled).Reason);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\n")]
    [InlineData("\t")]
    public void Whitespace_inside_a_segment_is_refused(string whitespace)
    {
        var token = Genuine;
        var inserted = token[..20] + whitespace + token[20..];

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(inserted).Reason);
    }

    [Fact]
    public void A_duplicate_header_member_is_refused_even_when_signed()
    {
        var token = TokenSigner.SignJson(
            """{"alg":"RS256","alg":"none","typ":"JWT"}""", """{"sub":"user_1","exp":99999999999}""");

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(token).Reason);
    }

    [Fact]
    public void A_duplicate_header_member_spelled_with_an_escape_is_refused()
    {
        var token = TokenSigner.SignJson(
            """{"alg":"RS256","\u0061lg":"RS256","typ":"JWT"}""", """{"sub":"user_1","exp":99999999999}""");

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(token).Reason);
    }

    [Theory]
    [InlineData("""{"sub":"user_1","sub":"user_admin","exp":99999999999}""")]
    [InlineData("""{"sub":"user_1","exp":99999999999,"o":{"id":"org_1","rol":"member","rol":"admin"},"v":2}""")]
    public void A_duplicate_payload_member_at_any_depth_is_refused_even_when_signed(string payload)
    {
        var token = TokenSigner.SignJson("""{"alg":"RS256","typ":"JWT"}""", payload);

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(token).Reason);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("{\"sub\":\"user_1\",}")]
    [InlineData("{\"sub\":\"user_1\"} {}")]
    [InlineData("{\"sub\":\"user_1\" /* comment */}")]
    public void A_payload_that_is_not_exactly_one_JSON_object_is_refused(string payload)
    {
        var token = TokenSigner.SignJson("""{"alg":"RS256","typ":"JWT"}""", payload);

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(token).Reason);
        Assert.Equal(0, harness.Keys.Lookups);
    }

    [Fact]
    public void A_header_that_is_not_a_JSON_object_is_refused()
    {
        var token = TokenSigner.SignJson("""["RS256"]""", """{"sub":"user_1","exp":99999999999}""");

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(token).Reason);
    }

    [Fact]
    public void An_oversized_token_is_refused_before_any_work()
    {
        var small = new VerifierHarness(new TokenVerifierSettings { MaxTokenLength = 2048 });
        var oversized = small.SignedSessionToken(p => p["padding"] = new string('x', 2048));

        var result = small.Verify(oversized);

        Assert.Equal(TokenVerificationReasons.TokenInvalid, result.Reason);
        Assert.Equal(0, small.Keys.Lookups);
    }

    [Fact]
    public void A_token_exactly_at_the_length_limit_is_still_verified()
    {
        var token = harness.SignedSessionToken();
        var exact = new VerifierHarness(new TokenVerifierSettings { MaxTokenLength = token.Length });

        Assert.True(exact.Verify(token).IsValid);
        Assert.Equal(TokenVerificationReasons.TokenInvalid, exact.Verify(token + "A").Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a.b.c")]
    [InlineData("not a token")]
    public void Garbage_is_refused_as_malformed(string garbage)
    {
        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(garbage).Reason);
    }

    /// <summary>What a lenient decoder (Convert.FromBase64String ignores unused bits) makes of a segment.</summary>
    private static byte[] LenientDecode(string segment) =>
        Convert.FromBase64String(segment.Replace('-', '+').Replace('_', '/').PadRight((segment.Length + 3) / 4 * 4, '='));
}
