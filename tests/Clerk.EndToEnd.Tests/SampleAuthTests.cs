using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// A production deployment as a user runs it, over real HTTP: samples/RouteHandlers started in Production with
/// <c>CLERK_JWT_KEY</c> (a PEM public key) and <c>CLERK_AUTHORIZED_PARTIES</c> accepts a session token signed by the
/// matching private key, and answers every attack class with the status Clerk's <c>auth.protect()</c> gives — 404 with
/// an empty body when the attack leaves the caller signed out (so a probe cannot tell a protected route from a missing
/// one), 401 for a token of the wrong type, a 307 to sign in for a page load. Every attack starts from a
/// genuine token, so the attack is the only thing wrong with it.
/// </summary>
public sealed class SampleAuthTests(SampleAppFixture sample) : IClassFixture<SampleAppFixture>
{
    private const string Protected = "/api";
    private const string IsAuthenticated = "/api/is-authenticated";
    private const string SignedOutError = """{"error":"Error: No signed in user"}""";

    [Fact]
    public async Task A_genuine_bearer_token_gets_the_protected_route()
    {
        using var response = await Send(Protected, bearer: sample.SessionToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"message":"Hello world!"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_genuine_bearer_token_is_the_user_of_is_authenticated()
    {
        using var response = await Send(IsAuthenticated, bearer: sample.SessionToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($$"""{"userId":"{{SampleAppFixture.UserId}}"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_genuine_session_cookie_signs_in_on_both_routes()
    {
        var cookie = "__session=" + sample.SessionToken();

        using var protectedResponse = await Send(Protected, cookie: cookie);
        using var isAuthenticated = await Send(IsAuthenticated, cookie: cookie);

        Assert.Equal(HttpStatusCode.OK, protectedResponse.StatusCode);
        Assert.Equal("""{"message":"Hello world!"}""", await protectedResponse.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, isAuthenticated.StatusCode);
        Assert.Equal($$"""{"userId":"{{SampleAppFixture.UserId}}"}""", await isAuthenticated.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_token_the_protected_route_is_404_and_is_authenticated_is_the_seeds_401()
    {
        using var protectedResponse = await Send(Protected);
        using var isAuthenticated = await Send(IsAuthenticated);

        Assert.Equal(HttpStatusCode.NotFound, protectedResponse.StatusCode);
        Assert.Empty(await protectedResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, isAuthenticated.StatusCode);
        Assert.Equal("application/json", isAuthenticated.Content.Headers.ContentType?.MediaType);
        Assert.Equal(SignedOutError, await isAuthenticated.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("alg none")]
    [InlineData("alg None")]
    [InlineData("alg NONE")]
    [InlineData("alg nOnE")]
    [InlineData("alg none with the genuine signature")]
    [InlineData("HS256 keyed with the PEM text")]
    [InlineData("signed by another key")]
    [InlineData("attacker's key embedded as jwk")]
    [InlineData("stripped signature")]
    [InlineData("truncated signature")]
    [InlineData("extra segment")]
    [InlineData("non-canonical base64url")]
    [InlineData("base64 padding")]
    [InlineData("duplicate payload key")]
    [InlineData("duplicate header key")]
    [InlineData("unknown crit")]
    [InlineData("expired")]
    [InlineData("nbf in the future")]
    [InlineData("iat in the future")]
    [InlineData("missing azp")]
    [InlineData("wrong azp")]
    [InlineData("pending session")]
    public async Task An_attack_that_leaves_the_caller_signed_out_is_a_404_with_an_empty_body(string attack)
    {
        var token = Attack(attack);

        using var protectedResponse = await Send(Protected, bearer: token);
        using var isAuthenticated = await Send(IsAuthenticated, bearer: token);

        Assert.Equal(HttpStatusCode.NotFound, protectedResponse.StatusCode);
        Assert.Empty(await protectedResponse.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, isAuthenticated.StatusCode);
        Assert.Equal(SignedOutError, await isAuthenticated.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_JWT_template_token_is_the_wrong_token_type_and_a_401()
    {
        // Same instance key, same claims: only the category says it is a JWT template's token, not a session's.
        var header = JwsTokens.SessionHeader();
        header["cat"] = "cl_B7d4PD222AAA";
        var token = JwsTokens.Sign(header, JwsTokens.SessionPayload(SampleAppFixture.UserId, SampleAppFixture.AuthorizedParty), sample.InstanceKey);

        using var response = await Send(Protected, bearer: token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_signed_out_page_load_is_a_307_to_sign_in_with_the_return_url(bool forgedToken)
    {
        var cookie = forgedToken
            ? "__session=" + JwsTokens.Sign(JwsTokens.SessionHeader(), Payload(), sample.AttackerKey)
            : null;

        using var response = await Send(Protected + "?tab=1", cookie: cookie, headers: [("Sec-Fetch-Dest", "document")]);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        // No publishable key or CLERK_SIGN_IN_URL is configured, so sign-in is the app's own /sign-in.
        var expected = "/sign-in?redirect_url=" + Uri.EscapeDataString($"http://127.0.0.1:{sample.App.Port}/api?tab=1");
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/users/7", """{"id":7,"name":"Ada"}""")]
    [InlineData("/api/users/me", "me")]
    [InlineData("/api/files/a/b.txt", """{"segments":["a","b.txt"]}""")]
    [InlineData("/api/docs", "index")]
    public async Task The_unprotected_routes_still_answer_everyone(string path, string expected)
    {
        using var response = await Send(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task In_production_without_a_key_the_sample_refuses_to_start_naming_both_settings()
    {
        var result = await RefusedStartAsync(new Dictionary<string, string>
        {
            ["CLERK_AUTHORIZED_PARTIES"] = SampleAppFixture.AuthorizedParty,
        });

        Assert.Contains("CLERK_SECRET_KEY", result.Output);
        Assert.Contains("CLERK_JWT_KEY", result.Output);
        Assert.DoesNotContain("Now listening", result.Output);   // stopped before Kestrel took a request
    }

    [Fact]
    public async Task In_production_without_a_webhook_secret_the_sample_refuses_to_start_naming_the_setting()
    {
        var result = await RefusedStartAsync(new Dictionary<string, string>
        {
            ["CLERK_JWT_KEY"] = sample.PublicPem,
            ["CLERK_AUTHORIZED_PARTIES"] = SampleAppFixture.AuthorizedParty,
        });

        Assert.Contains("POST /api/webhooks", result.Output);
        Assert.Contains("CLERK_WEBHOOK_SIGNING_SECRET", result.Output);
        Assert.DoesNotContain("Now listening", result.Output);
    }

    /// <summary>The built sample run in Production with <paramref name="clerk"/>, which must exit with an error.</summary>
    private static async Task<ProcessResult> RefusedStartAsync(IReadOnlyDictionary<string, string> clerk)
    {
        SampleAppFixture.EnsureSampleBuilt();
        var result = await ProcessRunner.RunAsync(ProcessRunner.Dotnet,
            [RepoPaths.SampleAssembly, "--urls", $"http://127.0.0.1:{RunningApp.FreePort()}"],
            SampleAppFixture.SampleDirectory, TimeSpan.FromSeconds(60), SampleAppFixture.ProductionEnvironment(clerk));
        Assert.True(result.ExitCode != 0, $"exit code {result.ExitCode}:\n{result.Output}");
        return result;
    }

    /// <summary>The named attack, built from a genuine token or its claims.</summary>
    private string Attack(string attack)
    {
        var genuine = sample.SessionToken();
        var parts = genuine.Split('.');
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        switch (attack)
        {
            case "alg none" or "alg None" or "alg NONE" or "alg nOnE":
                return JwsTokens.Unsigned(JwsTokens.SessionHeader(attack["alg ".Length..]), Payload());
            case "alg none with the genuine signature":
                return JwsTokens.Sign(JwsTokens.SessionHeader("none"), Payload(), sample.InstanceKey);
            case "HS256 keyed with the PEM text":
                // A verifier that hands "the key" to whatever alg the header names would check this HMAC with the
                // public PEM and accept it.
                return JwsTokens.SignHs256(JwsTokens.SessionHeader("HS256"), Payload(), Encoding.ASCII.GetBytes(sample.PublicPem));
            case "signed by another key":
                return JwsTokens.Sign(JwsTokens.SessionHeader(), Payload(), sample.AttackerKey);
            case "attacker's key embedded as jwk":
                var header = JwsTokens.SessionHeader();
                header["jwk"] = JwsTokens.Jwk(sample.AttackerKey, "ins_e2e");
                return JwsTokens.Sign(header, Payload(), sample.AttackerKey);
            case "stripped signature":
                return parts[0] + "." + parts[1] + ".";
            case "truncated signature":
                return parts[0] + "." + parts[1] + "." + Base64Url.EncodeToString(Base64Url.DecodeFromChars(parts[2])[..128]);
            case "extra segment":
                return genuine + ".e30";
            case "non-canonical base64url":
                // 256 signature bytes are 342 characters, the last carrying 4 unused bits: setting one spells the
                // very same signature differently.
                const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
                var sibling = alphabet[alphabet.IndexOf(parts[2][^1]) | 1];
                return parts[0] + "." + parts[1] + "." + parts[2][..^1] + sibling;
            case "base64 padding":
                return parts[0] + "." + parts[1] + "." + parts[2] + "==";
            case "duplicate payload key":
                return JwsTokens.SignJson(
                    """{"alg":"RS256","kid":"ins_e2e","typ":"JWT","cat":"cl_B7d4PD111AAA"}""",
                    $$"""{"sub":"user_someone_else","sub":"{{SampleAppFixture.UserId}}","sid":"sess_e2e_1","sts":"active","v":2,"azp":"{{SampleAppFixture.AuthorizedParty}}","iat":{{now - 10}},"nbf":{{now - 10}},"exp":{{now + 300}}}""",
                    sample.InstanceKey);
            case "duplicate header key":
                return JwsTokens.SignJson(
                    """{"alg":"none","alg":"RS256","kid":"ins_e2e","typ":"JWT","cat":"cl_B7d4PD111AAA"}""",
                    System.Text.Json.JsonSerializer.Serialize(Payload()), sample.InstanceKey);
            case "unknown crit":
                // RFC 7515 §4.1.11: an extension the recipient does not understand, marked critical, MUST be refused.
                return JwsTokens.SignJson(
                    """{"alg":"RS256","kid":"ins_e2e","typ":"JWT","cat":"cl_B7d4PD111AAA","crit":["x-e2e"],"x-e2e":true}""",
                    System.Text.Json.JsonSerializer.Serialize(Payload()), sample.InstanceKey);
            case "expired":
                return sample.SessionToken(p => { p["iat"] = now - 600; p["nbf"] = now - 600; p["exp"] = now - 60; });
            case "nbf in the future":
                return sample.SessionToken(p => p["nbf"] = now + 60);
            case "iat in the future":
                return sample.SessionToken(p => p["iat"] = now + 60);
            case "missing azp":
                return sample.SessionToken(p => p.Remove("azp"));
            case "wrong azp":
                return sample.SessionToken(p => p["azp"] = "https://evil.example.com");
            case "pending session":
                return sample.SessionToken(p => p["sts"] = "pending");
            default:
                throw new ArgumentOutOfRangeException(nameof(attack), attack, "no such attack");
        }
    }

    private static Dictionary<string, object?> Payload() =>
        JwsTokens.SessionPayload(SampleAppFixture.UserId, SampleAppFixture.AuthorizedParty);

    private async Task<HttpResponseMessage> Send(
        string path, string? bearer = null, string? cookie = null, (string Name, string Value)[]? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        return await sample.App.Client.SendAsync(request);
    }
}
