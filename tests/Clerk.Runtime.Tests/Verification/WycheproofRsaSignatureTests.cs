using System.Security.Cryptography;
using System.Text.Json;
using Clerk.Verification.Jws;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// <c>rsa_signature_2048_sha256_test.json</c> (259 RSASSA-PKCS1-v1_5 / SHA-256 cases) against
/// <see cref="RsaPkcs1Signature"/>, the function the verifier checks every signature with.
/// </summary>
/// <remarks>
/// "acceptable" vectors (one: MissingNull, a DigestInfo without the NULL parameters that some legacy signers wrote)
/// are treated as invalid: RFC 8017 defines a single encoding, Clerk never signs the legacy one, and accepting a
/// second encoding only widens what a forger can aim at. So the expectation is: valid → accepted, everything else →
/// refused.
/// </remarks>
public sealed class WycheproofRsaSignatureTests
{
    private static readonly Lazy<JsonDocument> File = new(() => WycheproofVectors.Load("rsa_signature_2048_sha256_test.json"));

    public static TheoryData<int> TestCaseIds
    {
        get
        {
            var ids = new TheoryData<int>();
            foreach (var (test, _) in AllTests())
            {
                ids.Add(test.GetProperty("tcId").GetInt32());
            }

            return ids;
        }
    }

    [Fact]
    public void Every_vector_in_the_file_is_run()
    {
        Assert.Equal(File.Value.RootElement.GetProperty("numberOfTests").GetInt32(), AllTests().Count());
        Assert.Equal(259, AllTests().Count());
    }

    [Theory]
    [MemberData(nameof(TestCaseIds))]
    public void The_signature_check_agrees_with_the_vector(int tcId)
    {
        var (test, group) = AllTests().Single(t => t.Test.GetProperty("tcId").GetInt32() == tcId);
        Assert.Equal("SHA-256", group.GetProperty("sha").GetString());
        using var key = RSA.Create();
        key.ImportSubjectPublicKeyInfo(WycheproofVectors.Hex(group.GetProperty("publicKeyDer").GetString()!), out _);

        var accepted = RsaPkcs1Signature.IsValid(
            key,
            HashAlgorithmName.SHA256,
            WycheproofVectors.Hex(test.GetProperty("msg").GetString()!),
            WycheproofVectors.Hex(test.GetProperty("sig").GetString()!));

        var expected = test.GetProperty("result").GetString() == "valid";
        Assert.True(expected == accepted,
            $"tcId {tcId} ({test.GetProperty("comment").GetString()}, {test.GetProperty("result").GetString()}): accepted={accepted}");
    }

    private static IEnumerable<(JsonElement Test, JsonElement Group)> AllTests() =>
        File.Value.RootElement.GetProperty("testGroups").EnumerateArray()
            .SelectMany(group => group.GetProperty("tests").EnumerateArray().Select(test => (test, group)));
}
