using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Clerk.Verification;
using Clerk.Verification.Jws;
using Clerk.Verification.Keys;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// <c>json_web_signature_test.json</c> through the verifier's JWS layer: <see cref="CompactJws.TryParse"/> then
/// <see cref="JwsVerification.VerifyAsync"/> (header rules, key, RSASSA-PKCS1-v1_5), exactly what
/// <see cref="SessionTokenVerifier"/> runs before it reads claims. The payloads are not claim sets, so claims are not
/// involved.
/// </summary>
/// <remarks>
/// Which vectors apply, by one explicit rule: a group applies when its public key is an RSA JWK whose <c>alg</c> is
/// RS256 or absent, i.e. a key an RS256 verifier could be configured with. That keeps the RS256 groups (structure,
/// ASN.1 and padding mutations, RFC 7520 figure 13) and the RSA keys marked for encryption, and leaves out the
/// HS256, ES256/ES512, PS256/384/512, RS384/RS512-key groups and the base64 group (an HS256 key): they test
/// primitives we never accept, and the verifier refuses all of their tokens by algorithm, valid or not. The count
/// of each side is asserted, so a changed file cannot shrink the run unnoticed. (The README's known-mislabelled
/// tcIds 367, 370, 372, 373 are in the HS256 base64 group, so the rule excludes them too.)
/// <para/>
/// A JWK's <c>use</c> and <c>key_ops</c> decide whether a key may verify signatures at all; choosing keys is the key
/// source's job (the PEM or JWKS source), so <see cref="VectorKeys"/> plays that part: a key marked only for
/// encryption is not served, and the token is refused for want of a key.
/// </remarks>
public sealed class WycheproofJwsTests
{
    private const int ApplicableVectors = 235;

    private static readonly Lazy<JsonDocument> File = new(() => WycheproofVectors.Load("json_web_signature_test.json"));

    public static TheoryData<int> ApplicableTestCaseIds
    {
        get
        {
            var ids = new TheoryData<int>();
            foreach (var (test, _) in Vectors().Where(v => Applies(v.Group)))
            {
                ids.Add(test.GetProperty("tcId").GetInt32());
            }

            return ids;
        }
    }

    [Fact]
    public void The_applicability_rule_runs_235_vectors_and_leaves_out_the_rest_of_the_file()
    {
        var all = Vectors().ToList();
        var applicable = all.Count(v => Applies(v.Group));

        Assert.Equal(File.Value.RootElement.GetProperty("numberOfTests").GetInt32(), all.Count);
        Assert.Equal(ApplicableVectors, applicable);
        Assert.Equal(401 - ApplicableVectors, all.Count - applicable);
        Assert.All(all.Where(v => !Applies(v.Group)), v =>
            Assert.NotEqual("RS256", HeaderAlgOf(v.Test) is "RS256" && PublicKeyOf(v.Group) is { } key && Kty(key) == "RSA" ? Alg(key) : "not RS256"));
    }

    [Theory]
    [MemberData(nameof(ApplicableTestCaseIds))]
    public async Task The_JWS_layer_agrees_with_the_vector(int tcId)
    {
        var (test, group) = Vectors().Single(v => v.Test.GetProperty("tcId").GetInt32() == tcId);
        var jws = test.GetProperty("jws");
        var token = jws.ValueKind == JsonValueKind.String ? jws.GetString()! : jws.GetRawText();
        using var keys = new VectorKeys(group.GetProperty("public"));

        var accepted = CompactJws.TryParse(token, out var parsed, out _)
            && await JwsVerification.VerifyAsync(parsed, keys, CancellationToken.None) is null;

        var expected = test.GetProperty("result").GetString() == "valid";
        Assert.True(expected == accepted,
            $"tcId {tcId} ({test.GetProperty("comment").GetString()}, {test.GetProperty("result").GetString()}): accepted={accepted}");
    }

    private static bool Applies(JsonElement group) =>
        PublicKeyOf(group) is { } key && Kty(key) == "RSA" && Alg(key) is null or "RS256";

    private static IEnumerable<(JsonElement Test, JsonElement Group)> Vectors() =>
        File.Value.RootElement.GetProperty("testGroups").EnumerateArray()
            .SelectMany(group => group.GetProperty("tests").EnumerateArray().Select(test => (test, group)));

    private static JsonElement? PublicKeyOf(JsonElement group) =>
        group.TryGetProperty("public", out var key) ? key : null;

    private static string? Kty(JsonElement key) => key.TryGetProperty("kty", out var kty) ? kty.GetString() : null;

    private static string? Alg(JsonElement key) => key.TryGetProperty("alg", out var alg) ? alg.GetString() : null;

    private static string? HeaderAlgOf(JsonElement test)
    {
        var jws = test.GetProperty("jws");
        if (jws.ValueKind != JsonValueKind.String || !CompactJws.TryParse(jws.GetString()!, out var parsed, out _))
        {
            return null;
        }

        return parsed.Header.Algorithm;
    }

    /// <summary>The group's public JWK as a key source: served for any kid unless it is not meant for verifying.</summary>
    private sealed class VectorKeys : ISigningKeys, IDisposable
    {
        private readonly RSA? key;
        private readonly string? refusal;

        public VectorKeys(JsonElement jwk)
        {
            if (jwk.TryGetProperty("use", out var use) && use.GetString() != "sig")
            {
                refusal = $"use '{use.GetString()}' is not sig";
                return;
            }

            if (jwk.TryGetProperty("key_ops", out var ops) && !ops.EnumerateArray().Any(op => op.GetString() == "verify"))
            {
                refusal = "key_ops does not include verify";
                return;
            }

            key = RSA.Create(new RSAParameters
            {
                Modulus = Base64Url.DecodeFromChars(jwk.GetProperty("n").GetString()),
                Exponent = Base64Url.DecodeFromChars(jwk.GetProperty("e").GetString()),
            });
        }

        public int Generation => 0;

        public ValueTask<SigningKeyLookup> FindAsync(string? keyId, CancellationToken cancellationToken) =>
            new(key is not null
                ? SigningKeyLookup.Found(key)
                : SigningKeyLookup.Failed(TokenVerificationReasons.JwkInvalid, refusal!));

        public void Dispose() => key?.Dispose();
    }
}
