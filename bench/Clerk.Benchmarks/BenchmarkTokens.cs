using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Clerk.Benchmarks;

/// <summary>
/// Signs session tokens the way Clerk mints them (RS256, 2048-bit key, <c>kid</c>/<c>typ</c>/<c>cat</c> header, a v2
/// payload with an active organization), for the benchmarks. The small equivalent of the tests' TokenSigner: the
/// benchmark project does not reference the test project.
/// </summary>
internal sealed class BenchmarkTokens : IDisposable
{
    private readonly RSA instanceKey = RSA.Create(2048);

    /// <summary>The instance key's public half as PEM, as <c>CLERK_JWT_KEY</c> carries it.</summary>
    public string PublicKeyPem => instanceKey.ExportSubjectPublicKeyInfoPem();

    /// <summary>
    /// A genuine session token issued now. It stays valid for a day (Clerk's are valid for 60 seconds) so that a long
    /// benchmark run never crosses its <c>exp</c>; <paramref name="sessionId"/> makes each token text distinct.
    /// </summary>
    public string SessionToken(string sessionId = "sess_2zvHw1NqkqGvVqiSm9dpp9rdFp0")
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new Dictionary<string, object?>
        {
            ["alg"] = "RS256",
            ["cat"] = "cl_B7d4PD111AAA",
            ["kid"] = "ins_2zvHvtJ8pQgUzNqMpGdZ7Ux4KcT",
            ["typ"] = "JWT",
        };
        var payload = new Dictionary<string, object?>
        {
            ["azp"] = "https://app.example.com",
            ["exp"] = now + 86_400,
            ["fea"] = "o:dashboard,o:teams,u:ai",
            ["fva"] = new[] { 3, -1 },
            ["iat"] = now,
            ["iss"] = "https://clerk.example.com",
            ["jti"] = "2d8f4c9a1b7e3f605a4d",
            ["nbf"] = now - 10,
            ["o"] = new Dictionary<string, object?>
            {
                ["fpm"] = "3,2",
                ["id"] = "org_2zvI0bTkzQpXyGq8LmNw4RsT5Uv",
                ["per"] = "manage,read",
                ["rol"] = "admin",
                ["slg"] = "acme",
            },
            ["pla"] = "u:free_user,o:pro",
            ["sid"] = sessionId,
            ["sts"] = "active",
            ["sub"] = "user_2zvHw0cYbXhY1t3jPq6Ul7nR8aW",
            ["v"] = 2,
        };

        var signingInput = Encode(JsonSerializer.Serialize(header)) + "." + Encode(JsonSerializer.Serialize(payload));
        var signature = instanceKey.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }

    public void Dispose() => instanceKey.Dispose();

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}
