using System.Net.Http.Headers;
using System.Text;

namespace Clerk.Runtime.Tests.Protection;

/// <summary>
/// Thousands of random and mutated tokens and cookies at a protected endpoint: every answer is a 401 or a 404 (or,
/// for a mutation that happens to keep the token valid, a 200), never a 500 and never a hang.
/// </summary>
public sealed class ProtectedEndpointFuzzTests(ClerkApp app) : IClassFixture<ClerkApp>
{
    private const int Requests = 3_000;

    [Fact]
    public async Task Random_and_mutated_credentials_never_cause_a_server_error()
    {
        var random = new Random(20261128);
        var valid = SessionTokens.Member("admin");
        var statuses = new Dictionary<HttpStatusCode, int>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        for (var i = 0; i < Requests; i++)
        {
            var candidate = (i % 4) switch
            {
                0 => Mutate(valid, random),
                1 => RandomText(random, random.Next(0, 300)),
                2 => string.Join('.', Enumerable.Range(0, random.Next(1, 5)).Select(_ => RandomBase64Url(random, random.Next(0, 80)))),
                _ => Mutate(Mutate(valid, random), random),
            };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/session/admin");
            if (i % 2 == 0)
            {
                request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + candidate);
            }
            else
            {
                request.Headers.TryAddWithoutValidation("Cookie", "__session=" + Uri.EscapeDataString(candidate));
            }
            using var response = await app.Client.SendAsync(request, timeout.Token);
            statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
        }

        Assert.All(statuses.Keys, status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Unauthorized }));
        Assert.True(statuses.GetValueOrDefault(HttpStatusCode.NotFound) > Requests / 2, $"mostly refused: {string.Join(", ", statuses)}");
    }

    /// <summary>Flips, inserts or deletes a character, or swaps two segments.</summary>
    private static string Mutate(string token, Random random)
    {
        var text = new StringBuilder(token);
        switch (random.Next(4))
        {
            case 0 when text.Length > 0:
                text[random.Next(text.Length)] = "ABCxyz019-_.=+/ \"{}"[random.Next(19)];
                break;
            case 1:
                text.Insert(random.Next(text.Length + 1), (char)random.Next(32, 127));
                break;
            case 2 when text.Length > 1:
                text.Remove(random.Next(text.Length), 1);
                break;
            default:
                var parts = token.Split('.');
                if (parts.Length == 3)
                {
                    (parts[0], parts[1]) = (parts[1], parts[0]);
                }
                return string.Join('.', parts);
        }
        return text.ToString();
    }

    private static string RandomText(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => (char)random.Next(33, 127)).ToArray());

    private static string RandomBase64Url(Random random, int bytes)
    {
        var buffer = new byte[bytes];
        random.NextBytes(buffer);
        return Convert.ToBase64String(buffer).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
