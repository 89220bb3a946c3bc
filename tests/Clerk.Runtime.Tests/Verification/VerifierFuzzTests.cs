using System.Text;
using Clerk.Verification;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// Thousands of random and mutated tokens (fixed seed, so a failure reproduces): the verifier never throws, always
/// answers with a reason, and never accepts anything but the genuine token. Canonical base64url makes every spelling
/// change a change of the signed bytes or of the signature, so no mutation may verify.
/// </summary>
public sealed class VerifierFuzzTests
{
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ \u00e9\0";

    private readonly VerifierHarness harness = new();

    [Fact]
    public void Mutations_of_a_genuine_token_are_all_refused_without_throwing()
    {
        var random = new Random(20260601);
        var genuine = harness.SignedSessionToken(p => p["o"] = new Dictionary<string, object?>
        {
            ["id"] = "org_1", ["per"] = "read", ["fpm"] = "1",
        });
        Assert.True(harness.Verify(genuine).IsValid);

        for (var i = 0; i < 3_000; i++)
        {
            var mutated = Mutate(genuine, random);
            var result = harness.Verify(mutated);

            Assert.NotNull(result);
            if (mutated != genuine)
            {
                Assert.False(result.IsValid, $"mutation {i} verified");
                Assert.False(string.IsNullOrEmpty(result.Reason));
            }
        }
    }

    [Fact]
    public void Random_strings_and_random_JSON_segments_are_refused_without_throwing()
    {
        var random = new Random(7);
        var fragments = new[]
        {
            "{", "}", "[", "]", "\"alg\"", ":", ",", "\"RS256\"", "\"none\"", "\"sub\"", "\"exp\"", "1e999", "-0",
            "null", "true", "\"\\u0000\"", "\"\\ud800\"", "{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]}}}}}",
            "\"crit\"", "[\"x\"]", "\"kid\"", "\"cat\"", "\"o\"", "\"fpm\"", "\"99999999999999999999999999\"",
        };

        for (var i = 0; i < 3_000; i++)
        {
            var token = (i % 3) switch
            {
                0 => RandomText(random, random.Next(0, 120)),
                1 => string.Join('.', Enumerable.Range(0, random.Next(1, 6)).Select(_ => RandomText(random, random.Next(0, 40)))),
                _ => RandomJsonToken(random, fragments),
            };

            var result = harness.Verify(token);

            Assert.False(result.IsValid);
            Assert.False(string.IsNullOrEmpty(result.Reason));
        }
    }

    [Theory]
    [InlineData("""{"alg":"RS256","kid":"\ud800"}""")]
    [InlineData("""{"alg":"RS256","\udc00":1}""")]
    public void An_unpaired_surrogate_escape_in_the_header_is_refused_as_malformed(string header)
    {
        var token = TokenSigner.SignJson(header, """{"sub":"user_1","exp":99999999999}""");

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(token).Reason);
    }

    [Fact]
    public void An_unpaired_surrogate_escape_in_the_payload_is_refused_as_malformed()
    {
        var token = TokenSigner.SignJson("""{"alg":"RS256"}""", """{"sub":"user_\ud800","exp":99999999999}""");

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(token).Reason);
        Assert.Equal(0, harness.Keys.Lookups);
    }

    [Fact]
    public void Invalid_UTF8_in_the_header_or_payload_is_refused()
    {
        var invalidUtf8 = System.Buffers.Text.Base64Url.EncodeToString(new byte[] { 0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d });

        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(invalidUtf8 + ".e30.AAAA").Reason);
        Assert.Equal(TokenVerificationReasons.TokenInvalid, harness.Verify(JwsTokens.Encode("""{"alg":"RS256"}""") + "." + invalidUtf8 + ".AAAA").Reason);
    }

    private static string Mutate(string token, Random random)
    {
        var chars = new StringBuilder(token);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && chars.Length > 0; e++)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(5))
            {
                case 0: chars[at] = TokenAlphabet[random.Next(TokenAlphabet.Length)]; break;
                case 1: chars.Insert(at, TokenAlphabet[random.Next(TokenAlphabet.Length)]); break;
                case 2: chars.Remove(at, 1); break;
                case 3: chars.Length = at; break;
                default:
                    var parts = chars.ToString().Split('.');
                    random.Shuffle(parts);
                    chars.Clear().Append(string.Join('.', parts));
                    break;
            }
        }

        return chars.ToString();
    }

    private static string RandomText(Random random, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => TokenAlphabet[random.Next(TokenAlphabet.Length)])]);

    private static string RandomJsonToken(Random random, string[] fragments)
    {
        string Segment() => JwsTokens.Encode(string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => fragments[random.Next(fragments.Length)])));
        return Segment() + "." + Segment() + "." + RandomText(random, random.Next(0, 400)).Replace(".", "");
    }
}
