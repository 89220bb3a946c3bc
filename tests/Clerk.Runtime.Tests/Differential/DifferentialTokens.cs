using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clerk.Runtime.Tests.Verification;

namespace Clerk.Runtime.Tests.Differential;

/// <summary>One token for both verifiers, and the instant both judge it at (null: the real clock, on both sides).</summary>
internal sealed record DifferentialCase(string Name, string Token, long? NowMs);

/// <summary>
/// The token set of the differential test: genuine v1/v2 session tokens, each attack class of DESIGN.md §8, times
/// around the 5 s skew, and seeded random mutations (of the token text, and of the claims and header re-signed with
/// the instance key, so the mutation reaches the claim checks instead of dying at the signature). Names say what a
/// case is, for failure messages; a disagreement is never classified by a case's name or index, only by its token.
/// </summary>
internal static class DifferentialTokens
{
    /// <summary>The pinned instant (a whole second) most cases are judged at.</summary>
    public static readonly DateTimeOffset Now = VerifierHarness.Start;

    public static readonly string[] AuthorizedParties = ["https://app.example.com", "https://admin.example.com"];

    private const string SessionCategory = "cl_B7d4PD111AAA";
    private const string TemplateCategory = "cl_B7d4PD222AAA";
    private const string M2MCategory = "cl_B7d4PD333AAA";
    private const string IgnoreCategory = "cl_I7d4PD111III";

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static long T => Now.ToUnixTimeSeconds();

    private static long NowMs => Now.ToUnixTimeMilliseconds();

    public static List<DifferentialCase> Build()
    {
        var cases = new List<DifferentialCase>();
        void Add(string name, string token, long? nowMs = null) => cases.Add(new(name, token, nowMs ?? NowMs));

        var genuineV2 = Sign(Header(), V2Payload());
        var genuineV1 = Sign(Header(), V1Payload());

        // Genuine tokens, in the shapes Clerk mints and the optional parts it may leave out.
        Add("valid v2", genuineV2);
        Add("valid v1", genuineV1);
        Add("valid v2 with organization", Sign(Header(), V2Payload()
            .Set("fea", S("o:dashboard,o:teams,u:pro")).Set("pla", S("u:free,o:business"))
            .Set("o", """{"id":"org_1","slg":"acme","rol":"admin","per":"manage,read","fpm":"3,2"}""")));
        Add("valid v2 pending session", Sign(Header(), V2Payload().Set("sts", S("pending"))));
        Add("valid v2 with actor", Sign(Header(), V2Payload().Set("act", """{"sub":"user_admin","sid":"sess_9","iss":"https://dashboard.clerk.com"}""")));
        Add("valid v2 second authorized party", Sign(Header(), V2Payload().Set("azp", S("https://admin.example.com"))));
        Add("valid v2 no cat", Sign(Header().Set("cat", null), V2Payload()));
        Add("valid v2 cat ignore", Sign(Header().Set("cat", S(IgnoreCategory)), V2Payload()));
        Add("valid v2 no typ", Sign(Header().Set("typ", null), V2Payload()));
        Add("valid v2 no kid", Sign(Header().Set("kid", null), V2Payload()));
        Add("valid v2 unknown kid", Sign(Header().Set("kid", S("ins_other")), V2Payload()));
        Add("valid v2 extra header member", Sign(Header().Set("x-extra", S("1")), V2Payload()));
        Add("valid v2 extra claims", Sign(Header(), V2Payload().Set("aud", S("someone")).Set("jti", S("abc")).Set("custom", """{"a":[1,2,{"b":null}]}""")));
        Add("valid v2 empty sub", Sign(Header(), V2Payload().Set("sub", S(""))));
        Add("valid v2 no nbf no iat", Sign(Header(), V2Payload().Set("nbf", null).Set("iat", null)));
        Add("valid v2 fractional times", Sign(Header(), V2Payload().Set("exp", $"{T + 60}.75").Set("nbf", $"{T - 5}.5").Set("iat", $"{T}.25")));
        Add("valid v2 whitespace around JSON", SignInput(
            Encode(" \n" + Header() + " ") + "." + Encode("\t" + V2Payload() + "\r\n"), HashAlgorithmName.SHA256));
        Add("valid v2 non-ASCII claim", Sign(Header(), V2Payload().Set("custom", S("héllo ☃ 𝄞"))));
        Add("valid v2 exp beyond year 9999", Sign(Header(), V2Payload().Set("exp", "1e20")));
        Add("valid v2 nbf before year 1", Sign(Header(), V2Payload().Set("nbf", "-1e20")));
        Add("RS384 signed by the instance key", Sign(Header().Set("alg", S("RS384")), V2Payload(), HashAlgorithmName.SHA384));
        Add("RS512 signed by the instance key", Sign(Header().Set("alg", S("RS512")), V2Payload(), HashAlgorithmName.SHA512));

        AddTimeCases(Add);
        AddAuthorizedPartyCases(Add);
        AddAlgorithmCases(Add);
        AddSignatureCases(Add, genuineV2);
        AddStructureCases(Add, genuineV2);
        AddHeaderCases(Add);
        AddEncodingCases(Add);
        AddClaimTypeCases(Add);
        AddTextMutations(Add, genuineV2, genuineV1, count: 160, seed: 20260601);
        AddClaimMutations(Add, count: 160, seed: 9);
        return cases;
    }

    /// <summary>
    /// A few genuine and expired tokens on the real clock (margins of minutes, so the time between minting and
    /// verifying cannot matter): both verifiers also agree when neither clock is pinned.
    /// </summary>
    public static List<DifferentialCase> BuildRealClock()
    {
        var t = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        JsonMembers Payload() => V2Payload(t);
        return
        [
            new("real clock: valid v2", Sign(Header(), Payload()), null),
            new("real clock: valid v1", Sign(Header(), V1Payload(t)), null),
            new("real clock: expired an hour ago", Sign(Header(), Payload().Set("exp", $"{t - 3600}").Set("iat", $"{t - 3660}").Set("nbf", $"{t - 3665}")), null),
            new("real clock: nbf in an hour", Sign(Header(), Payload().Set("nbf", $"{t + 3600}")), null),
            new("real clock: iat in an hour", Sign(Header(), Payload().Set("iat", $"{t + 3600}")), null),
            new("real clock: wrong azp", Sign(Header(), Payload().Set("azp", S("https://evil.example.com"))), null),
            new("real clock: bad signature", Sign(Header(), Payload(), key: TestRsaKeys.AttackerKey), null),
        ];
    }

    private static void AddTimeCases(Action<string, string, long?> add)
    {
        // exp <= now - skew is expired; nbf or iat > now + skew is too early. Whole seconds against a whole-second
        // clock hit the boundaries exactly; the ±1 ms clocks prove both sides compare in milliseconds.
        foreach (var d in new[] { -3600, -6, -5, -4, 0 })
        {
            add($"exp now{d:+0;-0}s", Sign(Header(), V2Payload().Set("exp", $"{T + d}").Set("iat", $"{T - 3700}").Set("nbf", $"{T - 3700}")), null);
        }

        foreach (var d in new[] { 4, 5, 6, 3600 })
        {
            add($"nbf now+{d}s", Sign(Header(), V2Payload().Set("nbf", $"{T + d}")), null);
            add($"iat now+{d}s", Sign(Header(), V2Payload().Set("iat", $"{T + d}")), null);
        }

        var expAtBoundary = Sign(Header(), V2Payload().Set("exp", $"{T - 5}").Set("iat", $"{T - 60}").Set("nbf", $"{T - 60}"));
        var nbfAtBoundary = Sign(Header(), V2Payload().Set("nbf", $"{T + 5}"));
        var iatAtBoundary = Sign(Header(), V2Payload().Set("iat", $"{T + 5}"));
        foreach (var ms in new[] { -1, 1, 999 })
        {
            add($"exp now-5s, clock {ms:+0;-0}ms", expAtBoundary, NowMs + ms);
            add($"nbf now+5s, clock {ms:+0;-0}ms", nbfAtBoundary, NowMs + ms);
            add($"iat now+5s, clock {ms:+0;-0}ms", iatAtBoundary, NowMs + ms);
        }

        add("exp fractional just inside", Sign(Header(), V2Payload().Set("exp", $"{T - 4}.999").Set("iat", $"{T - 60}").Set("nbf", $"{T - 60}")), null);
        add("exp fractional just outside", Sign(Header(), V2Payload().Set("exp", $"{T - 5}.999").Set("iat", $"{T - 60}").Set("nbf", $"{T - 60}")), null);
        add("nbf fractional", Sign(Header(), V2Payload().Set("nbf", $"{T + 5}.9")), null);
        add("exp missing", Sign(Header(), V2Payload().Set("exp", null)), null);
        add("exp null", Sign(Header(), V2Payload().Set("exp", "null")), null);
        add("exp string", Sign(Header(), V2Payload().Set("exp", S($"{T + 60}"))), null);
        add("exp zero", Sign(Header(), V2Payload().Set("exp", "0")), null);
        add("exp negative", Sign(Header(), V2Payload().Set("exp", "-1")), null);
        add("exp huge negative", Sign(Header(), V2Payload().Set("exp", "-1e20")), null);
        add("exp overflowing double", Sign(Header(), V2Payload().Set("exp", "1e400")), null);
        add("exp just past the JS Date range", Sign(Header(), V2Payload().Set("exp", "-8640000000001")), null);
        add("nbf null", Sign(Header(), V2Payload().Set("nbf", "null")), null);
        add("iat null", Sign(Header(), V2Payload().Set("iat", "null")), null);
        add("nbf string", Sign(Header(), V2Payload().Set("nbf", S($"{T}"))), null);
        add("iat array", Sign(Header(), V2Payload().Set("iat", $"[{T}]")), null);
        add("nbf far future beyond year 9999", Sign(Header(), V2Payload().Set("nbf", "1e12")), null);
        add("nbf beyond the JS Date range", Sign(Header(), V2Payload().Set("nbf", "1e13")), null);
        add("iat beyond the JS Date range", Sign(Header(), V2Payload().Set("iat", "1e20")), null);
    }

    private static void AddAuthorizedPartyCases(Action<string, string, long?> add)
    {
        foreach (var (name, raw) in new (string, string?)[]
        {
            ("azp missing", null),
            ("azp null", "null"),
            ("azp empty", S("")),
            ("azp other origin", S("https://evil.example.com")),
            ("azp trailing slash", S("https://app.example.com/")),
            ("azp other case", S("https://APP.example.com")),
            ("azp http", S("http://app.example.com")),
            ("azp array of a listed party", """["https://app.example.com"]"""),
            ("azp number", "1"),
            ("azp both parties joined", S("https://app.example.com,https://admin.example.com")),
        })
        {
            add(name, Sign(Header(), V2Payload().Set("azp", raw)), null);
        }
    }

    private static void AddAlgorithmCases(Action<string, string, long?> add)
    {
        foreach (var none in new[] { "none", "None", "NONE", "nOnE" })
        {
            add($"alg {none} unsigned", Encode(Header().Set("alg", S(none)).ToString()) + "." + Encode(V2Payload().ToString()) + ".", null);
            add($"alg {none} with a genuine signature", Sign(Header().Set("alg", S(none)), V2Payload(), HashAlgorithmName.SHA256), null);
        }

        var pem = Encoding.ASCII.GetBytes(TestRsaKeys.InstancePublicPem);
        var hs = Encode(Header().Set("alg", S("HS256")).ToString()) + "." + Encode(V2Payload().ToString());
        add("HS256 keyed with the PEM", hs + "." + Base64Url.EncodeToString(HMACSHA256.HashData(pem, Encoding.ASCII.GetBytes(hs))), null);
        var der = TestRsaKeys.InstanceKey.ExportSubjectPublicKeyInfo();
        add("HS256 keyed with the DER key", hs + "." + Base64Url.EncodeToString(HMACSHA256.HashData(der, Encoding.ASCII.GetBytes(hs))), null);
        var hs512 = Encode(Header().Set("alg", S("HS512")).ToString()) + "." + Encode(V2Payload().ToString());
        add("HS512 keyed with the PEM", hs512 + "." + Base64Url.EncodeToString(HMACSHA512.HashData(pem, Encoding.ASCII.GetBytes(hs512))), null);

        add("RS384 header, RS256 signature", Sign(Header().Set("alg", S("RS384")), V2Payload(), HashAlgorithmName.SHA256), null);
        add("RS256 header, RS512 signature", Sign(Header(), V2Payload(), HashAlgorithmName.SHA512), null);
        var ps = Encode(Header().Set("alg", S("PS256")).ToString()) + "." + Encode(V2Payload().ToString());
        add("PS256 signed by the instance key", ps + "." + Base64Url.EncodeToString(TestRsaKeys.InstanceKey.SignData(
            Encoding.ASCII.GetBytes(ps), HashAlgorithmName.SHA256, RSASignaturePadding.Pss)), null);
        foreach (var alg in new[] { "rs256", "RS256 ", "ES256", "EdDSA", "" })
        {
            add($"alg '{alg}'", Sign(Header().Set("alg", S(alg)), V2Payload(), HashAlgorithmName.SHA256), null);
        }

        add("alg missing", Sign(Header().Set("alg", null), V2Payload(), HashAlgorithmName.SHA256), null);
        add("alg number", Sign(Header().Set("alg", "256"), V2Payload(), HashAlgorithmName.SHA256), null);
        add("alg array", Sign(Header().Set("alg", """["RS256"]"""), V2Payload(), HashAlgorithmName.SHA256), null);
        add("alg null", Sign(Header().Set("alg", "null"), V2Payload(), HashAlgorithmName.SHA256), null);
    }

    private static void AddSignatureCases(Action<string, string, long?> add, string genuine)
    {
        var dot = genuine.LastIndexOf('.');
        var input = genuine[..dot];
        var signature = Base64Url.DecodeFromChars(genuine.AsSpan(dot + 1));

        add("signed by another key", Sign(Header(), V2Payload(), key: TestRsaKeys.AttackerKey), null);
        add("signature empty", input + ".", null);
        add("signature last byte flipped", input + "." + Base64Url.EncodeToString(Flip(signature, ^1)), null);
        add("signature first byte flipped", input + "." + Base64Url.EncodeToString(Flip(signature, 0)), null);
        add("signature one byte short", input + "." + Base64Url.EncodeToString(signature[..^1]), null);
        add("signature zero byte prepended", input + "." + Base64Url.EncodeToString([0, .. signature]), null);
        add("signature zero byte appended", input + "." + Base64Url.EncodeToString([.. signature, 0]), null);
        add("signature twice", input + "." + Base64Url.EncodeToString([.. signature, .. signature]), null);
        add("signature of another token", input + "." + genuine[(Sign(Header(), V1Payload()).LastIndexOf('.') + 1)..], null);
        add("payload of another token under this signature",
            Encode(Header().ToString()) + "." + Encode(V1Payload().ToString()) + "." + genuine[(dot + 1)..], null);

        // A signature that starts with a zero byte, with that byte stripped: the same integer, one byte short of the
        // modulus (RFC 8017 §8.2.2 step 1 says refuse).
        for (var i = 0; i < 4096; i++)
        {
            var token = Sign(Header(), V2Payload().Set("jti", S($"zero-{i}")));
            var bytes = Base64Url.DecodeFromChars(token.AsSpan(token.LastIndexOf('.') + 1));
            if (bytes[0] == 0)
            {
                add("signature with its leading zero byte stripped", token[..token.LastIndexOf('.')] + "." + Base64Url.EncodeToString(bytes[1..]), null);
                break;
            }
        }
    }

    private static void AddStructureCases(Action<string, string, long?> add, string genuine)
    {
        var parts = genuine.Split('.');
        add("empty", "", null);
        add("one segment", parts[0], null);
        add("two segments", parts[0] + "." + parts[1], null);
        add("two segments and a dot", parts[0] + "." + parts[1] + ".", null);
        add("trailing dot", genuine + ".", null);
        add("fourth segment", genuine + "." + parts[2], null);
        add("five segments (JWE shape)", string.Join('.', parts[0], "", parts[1], parts[2], "x"), null);
        add("leading dot", "." + genuine, null);
        add("double dot", parts[0] + ".." + parts[1] + "." + parts[2], null);
        add("segments swapped", parts[1] + "." + parts[0] + "." + parts[2], null);
        add("header empty", "." + parts[1] + "." + parts[2], null);
        add("payload empty", parts[0] + ".." + parts[2], null);
        foreach (var cut in new[] { 1, 10, parts[0].Length - 1, parts[0].Length + 1, parts[0].Length + 20, parts[0].Length + parts[1].Length,
                     genuine.Length - 300, genuine.Length - 4, genuine.Length - 3, genuine.Length - 2, genuine.Length - 1 })
        {
            add($"truncated to {cut} chars", genuine[..cut], null);
        }

        add("leading space", " " + genuine, null);
        add("trailing newline", genuine + "\n", null);
        add("Bearer prefix inside", "Bearer " + genuine, null);
        add("space inside the payload", parts[0] + "." + parts[1][..10] + " " + parts[1][10..] + "." + parts[2], null);
        add("oversized but genuine", Sign(Header(), V2Payload().Set("custom", S(new string('x', 9000)))), null);
        add("just under the size bound", SizedToken(8192), null);
        add("just over the size bound", SizedToken(8193), null);
    }

    private static void AddHeaderCases(Action<string, string, long?> add)
    {
        add("cat JWT template", Sign(Header().Set("cat", S(TemplateCategory)), V2Payload().Set("sid", null).Set("v", null)), null);
        add("cat JWT template, session claims", Sign(Header().Set("cat", S(TemplateCategory)), V2Payload()), null);
        add("cat M2M", Sign(Header().Set("cat", S(M2MCategory)), V2Payload()), null);
        add("cat unknown", Sign(Header().Set("cat", S("cl_X7d4PD999XXX")), V2Payload()), null);
        add("cat null", Sign(Header().Set("cat", "null"), V2Payload()), null);
        add("cat number", Sign(Header().Set("cat", "111"), V2Payload()), null);
        add("cat session, lower case", Sign(Header().Set("cat", S(SessionCategory.ToLowerInvariant())), V2Payload()), null);
        add("M2M subject", Sign(Header(), V2Payload().Set("sub", S("mch_123"))), null);
        add("M2M subject and category", Sign(Header().Set("cat", S(M2MCategory)), V2Payload().Set("sub", S("mch_123"))), null);
        add("typ at+jwt", Sign(Header().Set("typ", S("at+jwt")), V2Payload()), null);
        add("typ application/at+jwt", Sign(Header().Set("typ", S("application/at+jwt")), V2Payload()), null);
        add("typ jwt lower case", Sign(Header().Set("typ", S("jwt")), V2Payload()), null);
        add("typ JOSE", Sign(Header().Set("typ", S("JOSE")), V2Payload()), null);
        add("typ number", Sign(Header().Set("typ", "1"), V2Payload()), null);
        add("typ null", Sign(Header().Set("typ", "null"), V2Payload()), null);
        add("typ array", Sign(Header().Set("typ", """["JWT"]"""), V2Payload()), null);
        add("crit b64", Sign(Header().Set("crit", """["b64"]""").Set("b64", "false"), V2Payload()), null);
        add("crit unknown extension", Sign(Header().Set("crit", """["exp"]"""), V2Payload()), null);
        add("crit empty", Sign(Header().Set("crit", "[]"), V2Payload()), null);
        add("crit not an array", Sign(Header().Set("crit", S("x")), V2Payload()), null);
        add("kid number", Sign(Header().Set("kid", "1"), V2Payload()), null);
        add("kid null", Sign(Header().Set("kid", "null"), V2Payload()), null);
        add("kid object", Sign(Header().Set("kid", """{"a":1}"""), V2Payload()), null);

        var attackerJwk = Jwk(TestRsaKeys.AttackerKey);
        add("embedded jwk of the attacker, signed by the attacker", Sign(Header().Set("jwk", attackerJwk), V2Payload(), key: TestRsaKeys.AttackerKey), null);
        add("embedded jwk of the instance, signed by the instance", Sign(Header().Set("jwk", Jwk(TestRsaKeys.InstanceKey)), V2Payload()), null);
        add("jku and x5u pointing elsewhere, signed by the attacker",
            Sign(Header().Set("jku", S("https://evil.example.com/jwks")).Set("x5u", S("https://evil.example.com/cert")), V2Payload(), key: TestRsaKeys.AttackerKey), null);
        add("jku and x5u pointing elsewhere, signed by the instance",
            Sign(Header().Set("jku", S("https://evil.example.com/jwks")).Set("x5u", S("https://evil.example.com/cert")), V2Payload()), null);
    }

    private static void AddEncodingCases(Action<string, string, long?> add)
    {
        var header = Encode(Header().ToString());
        var payload = Encode(V2Payload().ToString());

        // Padding the signed segments changes the signed text, so these are signed over the padded spelling.
        add("header padded with =", SignInput(Pad(header) + "." + payload, HashAlgorithmName.SHA256), null);
        add("payload padded with =", SignInput(header + "." + Pad(payload), HashAlgorithmName.SHA256), null);
        var plain = SignInput(header + "." + payload, HashAlgorithmName.SHA256);
        add("signature padded with =", Pad(plain), null);
        add("signature padded with a wrong count of =", plain + "===", null);
        add("standard base64 alphabet in the signature", plain[..plain.LastIndexOf('.')] + "." +
            Convert.ToBase64String(Base64Url.DecodeFromChars(plain.AsSpan(plain.LastIndexOf('.') + 1))).TrimEnd('='), null);
        add("standard base64 alphabet in the payload, signed",
            SignInput(header + "." + Convert.ToBase64String(Encoding.UTF8.GetBytes(V2Payload().Set("custom", S("???>>>")).ToString())).TrimEnd('='),
                HashAlgorithmName.SHA256), null);
        add("non-zero unused bits in the header, signed", SignInput(NonZeroUnusedBits(header) + "." + payload, HashAlgorithmName.SHA256), null);
        add("non-zero unused bits in the signature", NonZeroUnusedBits(plain), null);
        add("whitespace inside a segment, signed", SignInput(header[..8] + " " + header[8..] + "." + payload, HashAlgorithmName.SHA256), null);

        add("invalid UTF-8 in a claim", SignBytes(Header().ToString(), Concat(V2Payload().ToString()[..^1] + ",\"custom\":\"", [0xff, 0xfe], "\"}")), null);
        add("invalid UTF-8 in the header", SignBytes(Concat(Header().ToString()[..^1] + ",\"x\":\"", [0xc3, 0x28], "\"}"), V2Payload().ToString()), null);
        add("overlong UTF-8 in a claim", SignBytes(Header().ToString(), Concat(V2Payload().ToString()[..^1] + ",\"custom\":\"", [0xc0, 0xaf], "\"}")), null);
        add("lone surrogate escape in a claim", Sign(Header(), V2Payload().Set("custom", "\"\\ud800\"")), null);
        add("lone surrogate escape in a member name", Sign(Header(), V2Payload().Set("\\udc00", "1")), null);
        add("escaped surrogate pair in a claim", Sign(Header(), V2Payload().Set("custom", "\"\\ud834\\udd1e\"")), null);
        add("UTF-8 BOM before the payload", SignBytes(Header().ToString(), [0xef, 0xbb, 0xbf, .. Encoding.UTF8.GetBytes(V2Payload().ToString())]), null);
        add("UTF-8 BOM before the header", SignBytes([0xef, 0xbb, 0xbf, .. Encoding.UTF8.GetBytes(Header().ToString())], V2Payload().ToString()), null);

        add("duplicate alg (none, then RS256)", Sign(Header().Set("alg", S("none")).Add("alg", S("RS256")), V2Payload(), HashAlgorithmName.SHA256), null);
        add("duplicate alg (RS256, then none)", Sign(Header().Add("alg", S("none")), V2Payload(), HashAlgorithmName.SHA256), null);
        add("duplicate sub", Sign(Header(), V2Payload().Add("sub", S("user_other"))), null);
        add("duplicate exp (expired, then valid)", Sign(Header(), V2Payload().Set("exp", $"{T - 600}").Add("exp", $"{T + 60}")), null);
        add("duplicate exp (valid, then expired)", Sign(Header(), V2Payload().Add("exp", $"{T - 600}")), null);
        add("duplicate azp (listed, then other)", Sign(Header(), V2Payload().Add("azp", S("https://evil.example.com"))), null);
        add("duplicate name in a nested object", Sign(Header(), V2Payload().Set("o", """{"id":"org_1","rol":"member","rol":"admin"}""")), null);
        add("duplicate name escaped differently", Sign(Header(), V2Payload().Add("s\\u0075b", S("user_other"))), null);

        foreach (var (name, json) in new[]
        {
            ("header JSON null", "null"), ("header JSON array", "[]"), ("header JSON string", "\"RS256\""), ("header JSON number", "1"),
            ("header not JSON", "alg=RS256"), ("header JSON with a trailing comma", """{"alg":"RS256",}"""),
            ("header JSON with a comment", """{"alg":"RS256"/*x*/}"""), ("header two JSON objects", """{"alg":"RS256"}{}"""),
        })
        {
            add(name, SignInput(Encode(json) + "." + payload, HashAlgorithmName.SHA256), null);
        }

        foreach (var (name, json) in new[]
        {
            ("payload JSON null", "null"), ("payload JSON array", "[]"), ("payload JSON string", "\"user_1\""), ("payload JSON number", "1"),
            ("payload not JSON", "sub=user_1"), ("payload JSON with a trailing comma", V2Payload().ToString()[..^1] + ",}"),
            ("payload JSON with a comment", V2Payload().ToString()[..^1] + "/*x*/}"), ("payload followed by garbage", V2Payload() + "x"),
            ("payload deeply nested custom claim (20)", V2Payload().Set("custom", new string('[', 20) + new string(']', 20)).ToString()),
            ("payload nested custom claim (14)", V2Payload().Set("custom", new string('[', 14) + new string(']', 14)).ToString()),
            ("payload nested custom claim (15)", V2Payload().Set("custom", new string('[', 15) + new string(']', 15)).ToString()),
            ("payload nested custom claim (16)", V2Payload().Set("custom", new string('[', 16) + new string(']', 16)).ToString()),
            ("payload very deeply nested custom claim (2000)", V2Payload().Set("custom", new string('[', 2000) + new string(']', 2000)).ToString()),
        })
        {
            add(name, SignInput(header + "." + Encode(json), HashAlgorithmName.SHA256), null);
        }
    }

    private static void AddClaimTypeCases(Action<string, string, long?> add)
    {
        // Optional claims with values of the wrong type, on a genuine signature.
        foreach (var (claim, raw) in new[]
        {
            ("sub", "1"), ("sub", "null"), ("sub", """["user_1"]"""), ("sub", "{}"),
            ("sid", "1"), ("sts", "true"), ("iss", "1"), ("iss", """["https://clerk.example.com"]"""),
            ("v", S("2")), ("v", "2.5"), ("v", "3"), ("v", "1e10"), ("v", "null"),
            ("fva", S("3,-1")), ("fva", "[3]"), ("fva", "[3,-1,0]"), ("fva", "[1.5,2]"), ("fva", """["a","b"]"""), ("fva", "null"),
            ("act", S("user_admin")), ("act", "{}"), ("act", """{"sub":1}"""), ("act", """{"sub":"user_admin","sid":2}"""), ("act", "[]"), ("act", "null"),
            ("o", S("org_1")), ("o", "[]"), ("o", """{"id":1}"""), ("o", """{"id":"org_1","per":["read"]}"""), ("o", """{"id":"org_1","fpm":3}"""), ("o", "{}"),
            ("fea", "1"), ("fea", """["o:teams"]"""), ("fea", S("teams")), ("pla", "true"),
        })
        {
            add($"v2 {claim}: {raw}", Sign(Header(), V2Payload().Set(claim, raw)), null);
        }

        add("v2 fea without scope, with org permissions", Sign(Header(), V2Payload()
            .Set("fea", S("dashboard,o:teams")).Set("o", """{"id":"org_1","rol":"admin","per":"read","fpm":"1,1"}""")), null);
        add("v2 fpm not a number", Sign(Header(), V2Payload()
            .Set("fea", S("o:teams")).Set("o", """{"id":"org_1","rol":"admin","per":"read","fpm":"x"}""")), null);

        foreach (var (claim, raw) in new[]
        {
            ("org_id", "1"), ("org_slug", "[]"), ("org_role", "{}"), ("org_permissions", S("org:read")),
            ("org_permissions", "[1]"), ("org_permissions", "null"), ("o", S("ignored in v1")),
        })
        {
            add($"v1 {claim}: {raw}", Sign(Header(), V1Payload().Set(claim, raw)), null);
        }
    }

    private static void AddTextMutations(Action<string, string, long?> add, string v2, string v1, int count, int seed)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ ";
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var token = random.Next(4) == 0 ? v1 : v2;
            var position = random.Next(token.Length);
            var c = Alphabet[random.Next(Alphabet.Length)];
            var (what, mutated) = random.Next(8) switch
            {
                0 => ("replace", token[..position] + c + token[(position + 1)..]),
                1 => ("insert", token[..position] + c + token[position..]),
                2 => ("delete", token[..position] + token[(position + 1)..]),
                3 => ("swap", position + 1 < token.Length
                    ? token[..position] + token[position + 1] + token[position] + token[(position + 2)..]
                    : token),
                4 => ("truncate", token[..position]),
                5 => ("append", token + new string(Enumerable.Range(0, random.Next(1, 5)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray())),
                6 => ("flip low bit", token[..position] + FlipLowBit(token[position]) + token[(position + 1)..]),
                _ => ("repeat a slice", token[..position] + token[position..Math.Min(token.Length, position + random.Next(1, 8))] + token[position..]),
            };
            add($"text mutation {i} ({what} at {position})", mutated, null);
        }
    }

    private static void AddClaimMutations(Action<string, string, long?> add, int count, int seed)
    {
        var random = new Random(seed);
        string[] claims = ["sub", "exp", "nbf", "iat", "azp", "iss", "sid", "sts", "v", "fva", "act", "o", "fea", "pla", "org_id", "org_role", "org_permissions", "aud", "custom"];
        string[] values =
        [
            S("user_1"), S(""), S("mch_1"), S("https://app.example.com"), S("https://admin.example.com"), S("o:dashboard,u:pro"),
            "0", "1", "-1", "2", "1.5", "true", "false", "null", "[]", "{}", """["x"]""", "[3,-1]", """{"sub":"user_2"}""",
            """{"id":"org_1","rol":"admin","per":"read","fpm":"1"}""", "1e400", "-1e20", "1e13",
            $"{T}", $"{T - 5}", $"{T - 6}", $"{T + 5}", $"{T + 6}", $"{T + 60}", $"{T - 3600}", S($"{T + 60}"),
        ];
        string[] algs = ["RS256", "RS256", "RS256", "RS384", "RS512", "none", "HS256", "rs256"];
        string?[] typs = [null, S("JWT"), S("jwt"), S("at+jwt"), "1"];
        string?[] cats = [null, S(SessionCategory), S(TemplateCategory), S(M2MCategory), S(IgnoreCategory), S("x"), "null"];
        string?[] kids = [null, S("ins_other"), "1", "null"];

        for (var i = 0; i < count; i++)
        {
            var payload = random.Next(3) == 0 ? V1Payload() : V2Payload();
            var header = Header();
            var changes = new List<string>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                switch (random.Next(10))
                {
                    case < 5:
                        var claim = claims[random.Next(claims.Length)];
                        var value = values[random.Next(values.Length)];
                        payload.Set(claim, value);
                        changes.Add($"{claim}={value}");
                        break;
                    case 5:
                        var removed = claims[random.Next(claims.Length)];
                        payload.Set(removed, null);
                        changes.Add($"-{removed}");
                        break;
                    case 6:
                        var alg = algs[random.Next(algs.Length)];
                        header.Set("alg", S(alg));
                        changes.Add($"alg={alg}");
                        break;
                    case 7:
                        var typ = typs[random.Next(typs.Length)];
                        header.Set("typ", typ);
                        changes.Add($"typ={typ ?? "-"}");
                        break;
                    case 8:
                        var cat = cats[random.Next(cats.Length)];
                        header.Set("cat", cat);
                        changes.Add($"cat={cat ?? "-"}");
                        break;
                    default:
                        var kid = kids[random.Next(kids.Length)];
                        header.Set("kid", kid);
                        changes.Add($"kid={kid ?? "-"}");
                        break;
                }
            }

            var hash = header.ToString() switch
            {
                var h when h.Contains("\"RS384\"", StringComparison.Ordinal) => HashAlgorithmName.SHA384,
                var h when h.Contains("\"RS512\"", StringComparison.Ordinal) => HashAlgorithmName.SHA512,
                _ => HashAlgorithmName.SHA256,
            };
            add($"claim mutation {i} ({string.Join(", ", changes)})", Sign(header, payload, hash), null);
        }
    }

    public static JsonMembers Header() => new JsonMembers()
        .Set("alg", S("RS256")).Set("kid", S("ins_test")).Set("typ", S("JWT")).Set("cat", S(SessionCategory));

    private static JsonMembers V2Payload() => V2Payload(T);

    private static JsonMembers V2Payload(long t) => new JsonMembers()
        .Set("azp", S("https://app.example.com"))
        .Set("exp", $"{t + 60}")
        .Set("fva", "[3,-1]")
        .Set("iat", $"{t}")
        .Set("iss", S("https://clerk.example.com"))
        .Set("nbf", $"{t - 5}")
        .Set("sid", S("sess_123"))
        .Set("sts", S("active"))
        .Set("sub", S("user_123"))
        .Set("v", "2");

    private static JsonMembers V1Payload() => V1Payload(T);

    private static JsonMembers V1Payload(long t) => new JsonMembers()
        .Set("azp", S("https://app.example.com"))
        .Set("exp", $"{t + 60}")
        .Set("iat", $"{t}")
        .Set("iss", S("https://clerk.example.com"))
        .Set("nbf", $"{t - 5}")
        .Set("sid", S("sess_123"))
        .Set("sub", S("user_123"))
        .Set("org_id", S("org_1"))
        .Set("org_slug", S("acme"))
        .Set("org_role", S("org:admin"))
        .Set("org_permissions", """["org:dashboard:read"]""");

    /// <summary>A JSON string literal, non-ASCII kept as is.</summary>
    private static string S(string value) => JsonSerializer.Serialize(value, Relaxed);

    private static string Encode(string json) => JwsTokens.Encode(json);

    private static string Sign(JsonMembers header, JsonMembers payload, HashAlgorithmName? hash = null, RSA? key = null) =>
        SignInput(Encode(header.ToString()) + "." + Encode(payload.ToString()), hash ?? HashAlgorithmName.SHA256, key);

    private static string SignBytes(string headerJson, byte[] payload) => SignBytes(Encoding.UTF8.GetBytes(headerJson), payload);

    private static string SignBytes(byte[] header, string payloadJson) => SignBytes(header, Encoding.UTF8.GetBytes(payloadJson));

    private static string SignBytes(byte[] header, byte[] payload) =>
        SignInput(Base64Url.EncodeToString(header) + "." + Base64Url.EncodeToString(payload), HashAlgorithmName.SHA256);

    /// <summary>Signs exactly <paramref name="signingInput"/> (any spelling) with PKCS#1 v1.5.</summary>
    private static string SignInput(string signingInput, HashAlgorithmName hash, RSA? key = null) =>
        signingInput + "." + Base64Url.EncodeToString((key ?? TestRsaKeys.InstanceKey).SignData(
            Encoding.UTF8.GetBytes(signingInput), hash, RSASignaturePadding.Pkcs1));

    private static byte[] Concat(string before, byte[] middle, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];

    private static string Pad(string base64Url) => base64Url + new string('=', (4 - base64Url.Length % 4) % 4);

    /// <summary>Sets a bit the last character carries but that encodes nothing (only for 2- or 3-character tails).</summary>
    private static string NonZeroUnusedBits(string base64Url)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var text = base64Url;
        while (text.Length % 4 is 0 or 1)
        {
            // Find a spelling with a partial tail: drop characters from the end (the result is garbage, but its last
            // character still carries unused bits, which is all this case is about).
            text = text[..^1];
        }

        return text[..^1] + Alphabet[Alphabet.IndexOf(text[^1], StringComparison.Ordinal) | 1];
    }

    private static char FlipLowBit(char c) => (char)(c ^ 1);

    private static byte[] Flip(byte[] bytes, Index index)
    {
        var copy = bytes.ToArray();
        copy[index] ^= 0x01;
        return copy;
    }

    private static string Jwk(RSA key)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return $$"""{"kty":"RSA","e":"{{Base64Url.EncodeToString(parameters.Exponent)}}","n":"{{Base64Url.EncodeToString(parameters.Modulus)}}"}""";
    }

    /// <summary>A genuine token of exactly <paramref name="length"/> characters (grown through extra members).</summary>
    private static string SizedToken(int length)
    {
        // Base64url never ends a segment on 4k+1 characters, so the second knob is in the other segment.
        string Token(int filler, int extra) =>
            Sign(Header().Set("x", S(new string('y', extra))), V2Payload().Set("custom", S(new string('x', filler))));

        // The smallest filler that comes within a few characters of the target, then exact with a header member.
        int low = 0, high = length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Token(middle, 0).Length >= length - 8)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        for (var filler = Math.Max(0, low - 4); filler <= low + 4; filler++)
        {
            for (var extra = 0; extra < 8; extra++)
            {
                if (Token(filler, extra) is var candidate && candidate.Length == length)
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException($"Could not build a token of exactly {length} characters.");
    }
}

/// <summary>A JSON object as ordered (name, raw JSON value) members, so tests can write what serializers never would.</summary>
internal sealed class JsonMembers
{
    private readonly List<(string Name, string Raw)> members = [];

    /// <summary>Replaces the first member called <paramref name="name"/> (or adds it); a null value removes it.</summary>
    public JsonMembers Set(string name, string? raw)
    {
        var index = members.FindIndex(m => m.Name == name);
        if (raw is null)
        {
            if (index >= 0)
            {
                members.RemoveAt(index);
            }
        }
        else if (index >= 0)
        {
            members[index] = (name, raw);
        }
        else
        {
            members.Add((name, raw));
        }

        return this;
    }

    /// <summary>Adds a member even if one of that name exists (a duplicate).</summary>
    public JsonMembers Add(string name, string raw)
    {
        members.Add((name, raw));
        return this;
    }

    /// <summary>Member names are written as given (escapes included), values raw.</summary>
    public override string ToString() => "{" + string.Join(",", members.Select(m => "\"" + m.Name + "\":" + m.Raw)) + "}";
}
