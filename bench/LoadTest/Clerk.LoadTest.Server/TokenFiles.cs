using System.Buffers.Text;
using System.Text.Json;
using Clerk.Benchmarks;

namespace Clerk.LoadTest.Server;

/// <summary>
/// --make-token: a Clerk-shaped RS256 session token valid for a day (the benchmarks' signer) and what the servers
/// need to accept it: key.pem (CLERK_JWT_KEY), issuer.txt (its iss, for JwtBearer) and party.txt (its azp, for
/// CLERK_AUTHORIZED_PARTIES).
/// </summary>
internal static class TokenFiles
{
    public static void Write(string directory)
    {
        using var tokens = new BenchmarkTokens();
        var token = tokens.SessionToken();
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]));

        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "key.pem"), tokens.PublicKeyPem);
        File.WriteAllText(Path.Combine(directory, "token.txt"), token);
        File.WriteAllText(Path.Combine(directory, "issuer.txt"), payload.RootElement.GetProperty("iss").GetString());
        File.WriteAllText(Path.Combine(directory, "party.txt"), payload.RootElement.GetProperty("azp").GetString());
    }
}
