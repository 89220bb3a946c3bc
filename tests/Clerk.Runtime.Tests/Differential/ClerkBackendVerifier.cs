using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clerk.Runtime.Tests.Differential;

/// <summary>Clerk's verdict on one token, as <c>node/verify.mjs</c> reports it.</summary>
/// <param name="Id">The token's position in the batch (echoed back, so the order is checked, not assumed).</param>
/// <param name="Valid"><c>verifyToken</c> accepted the token.</param>
/// <param name="Reason"><c>verifyToken</c>'s reason code (or the thrown error's name); empty when valid.</param>
/// <param name="AuthenticateRequest">
/// Clerk's whole session-token decision for the token sent as <c>Authorization: Bearer</c>; null when the token
/// cannot travel in that header unchanged.
/// </param>
internal sealed record ClerkVerdict(
    [property: JsonPropertyName("id")] int Id,
    [property: JsonPropertyName("valid")] bool Valid,
    [property: JsonPropertyName("reason")] string Reason,
    [property: JsonPropertyName("authenticateRequest")] ClerkRequestVerdict? AuthenticateRequest);

/// <summary><c>authenticateRequest</c>'s verdict: signed in or not, and its reason.</summary>
internal sealed record ClerkRequestVerdict(
    [property: JsonPropertyName("valid")] bool Valid,
    [property: JsonPropertyName("reason")] string Reason);

/// <summary>
/// Runs <c>@clerk/backend</c> from <c>Differential/node/</c> (installed with <c>npm ci</c> when it is missing) and
/// verifies a batch of tokens in one <c>node</c> process.
/// </summary>
internal static class ClerkBackendVerifier
{
    private static readonly NodeProject Node = new("tests/Clerk.Runtime.Tests/Differential/node", "@clerk/backend");

    /// <summary>The installed <c>@clerk/backend</c> version (from its package.json).</summary>
    public static string InstalledVersion() => Node.InstalledVersion();

    /// <inheritdoc cref="NodeProject.EnsureInstalledAsync" />
    public static Task EnsureInstalledAsync() => Node.EnsureInstalledAsync();

    /// <summary>Clerk's verdicts on <paramref name="tokens"/>, in order. <c>now</c> null means the real clock.</summary>
    public static async Task<IReadOnlyList<ClerkVerdict>> VerifyAsync(
        IReadOnlyList<(string Token, long? NowMs)> tokens, string jwtKeyPem, IReadOnlyList<string> authorizedParties)
    {
        var input = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            input.Append(JsonSerializer.Serialize(new { id = i, token = tokens[i].Token, now = tokens[i].NowMs })).Append('\n');
        }

        var result = await Node.RunScriptAsync("verify.mjs", new Dictionary<string, string?>
        {
            ["CLERK_JWT_KEY"] = jwtKeyPem,
            ["CLERK_AUTHORIZED_PARTIES"] = string.Join(',', authorizedParties),
        }, input.ToString());
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"`node verify.mjs` in {Node.Directory} failed: {result}");
        }

        var verdicts = new List<ClerkVerdict>(tokens.Count);
        foreach (var line in result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            verdicts.Add(JsonSerializer.Deserialize<ClerkVerdict>(line)
                ?? throw new InvalidOperationException($"verify.mjs wrote an empty verdict: {line}"));
        }

        if (verdicts.Count != tokens.Count || verdicts.Where((verdict, index) => verdict.Id != index).Any())
        {
            throw new InvalidOperationException(
                $"verify.mjs answered {verdicts.Count} of {tokens.Count} tokens, or out of order: {result}");
        }

        return verdicts;
    }
}
