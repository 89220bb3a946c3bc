using System.Text;
using Clerk.Verification.Claims;
using Clerk.Verification.Jws;
using Xunit.Abstractions;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// <see cref="StrictJson"/>'s own scanner against <see cref="ReaderStrictJson"/>, the same rules on
/// <see cref="System.Text.Json.Utf8JsonReader"/>: on tens of thousands of mutated and generated inputs both give the
/// same verdict and, when they accept, note the same member offsets. Seeded, so a failure reproduces.
/// </summary>
public sealed class StrictJsonDifferentialTests(ITestOutputHelper output)
{
    private static readonly string[] Seeds =
    [
        """{"azp":"https://app.example.com","exp":1796001989,"fea":"o:dashboard,o:teams,u:ai","fva":[3,-1],"iat":1795915589,"iss":"https://clerk.example.com","jti":"2d8f4c9a1b7e3f605a4d","nbf":1795915579,"o":{"fpm":"3,2","id":"org_2zvI0bTkzQpXyGq8LmNw4RsT5Uv","per":"manage,read","rol":"admin","slg":"acme"},"pla":"u:free_user,o:pro","sid":"sess_2zvHw1NqkqGvVqiSm9dpp9rdFp0","sts":"active","sub":"user_2zvHw0cYbXhY1t3jPq6Ul7nR8aW","v":2}""",
        """{"sub":"user_1","exp":1700000000,"org_id":"org_1","org_role":"org:admin","org_permissions":["org:a:b","org:c:d"],"act":{"sub":"user_2","sid":null}}""",
        """{"alg":"RS256","kid":"ins_2zvHvtJ8pQgUzNqMpGdZ7Ux4KcT","typ":"JWT","cat":"cl_B7d4PD111AAA"}""",
        "{\n  \"sub\" : \"user_1\" ,\r\n\t\"exp\":1.5e3, \"nbf\": -0.25E-2, \"a\" : [ [ ], { }, [1, 2, [3]] ], \"b\":true, \"c\":false, \"d\":null\n}\n",
        """{"s":"\ud83d\ude00 \u00e9 \"q\" \\ \/ \b\f\n\r\t \u0000","s\u0075b":"x","\u00e9":"é ✓ 😀","":0}""",
        """{"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":{"j":{"k":{"l":{"m":{"n":{"o":{"p":1}}}}}}}}}}}}}}}}""",
        """{"n":[0,-0,1,-1,10,0.5,1e5,1E+5,1e-5,123456789012345678901234567890,-9.87654321e-300]}""",
    ];

    // Fragments a mutation inserts or puts in place of a few bytes: structure, escapes good and bad, number and literal
    // pieces, whitespace and its impostors, control bytes, multi-byte and invalid UTF-8, comments, a byte-order mark.
    private static readonly byte[][] Fragments =
    [
        .. new[]
        {
            "{", "}", "[", "]", "\"", ":", ",", "\\", "\\u", "\\ud83d", "\\ude00", "\\ud800", "\\udc00", "\\u00e9", "\\u00E9",
            "\\n", "\\x", "\\u12", "\\uzzzz", "0", "1", "9", "-", "+", ".", "e", "E", "01", "1.", ".5", "1e", "1e+", "-0",
            "true", "tru", "false", "fals", "null", "nul", "NaN", " ", "\t", "\n", "\r", "\u000b", "\u000c", "\u0000",
            "\u001f", "é", "😀", "/*", "*/", "//", "\"sub\"", "\"sub\":1", ",\"sub\":1", "\"s\\u0075b\":2", "{}", "[]",
            "\"\":0", "\uFEFF",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0x80],
    ];

    [Fact]
    public void The_scanner_agrees_with_the_reader_on_every_seed_and_its_mutations()
    {
        var random = new Random(20261129);
        var tally = new Tally();
        foreach (var seed in Seeds.Select(Encoding.UTF8.GetBytes))
        {
            Assert.True(Agree(seed, tally), "A seed itself must be accepted by both.");
            for (var i = 0; i < 3_000; i++)
            {
                var mutated = seed;
                for (var stacked = random.Next(1, 4); stacked > 0; stacked--)
                {
                    mutated = Mutate(mutated, random);
                }

                Agree(mutated, tally);
            }
        }

        output.WriteLine($"{tally.Accepted} accepted, {tally.Refused} refused");
        Assert.True(tally.Accepted > 1_000 && tally.Refused > 1_000, $"Too one-sided to judge: {tally.Accepted} accepted, {tally.Refused} refused.");
    }

    [Fact]
    public void The_scanner_agrees_with_the_reader_on_generated_documents()
    {
        var random = new Random(29112026);
        var tally = new Tally();
        for (var i = 0; i < 20_000; i++)
        {
            var json = new StringBuilder();
            WriteObject(json, random, depth: 1, maxDepth: random.Next(1, 19));
            Agree(Encoding.UTF8.GetBytes(json.ToString()), tally);
        }

        // Chains of objects and arrays around the depth limit, which random documents seldom reach.
        for (var i = 0; i < 2_000; i++)
        {
            var kinds = Enumerable.Range(0, random.Next(12, 20)).Select(_ => random.Next(2) == 0 ? '{' : '[').ToArray();
            var json = new StringBuilder("{\"sub\":");
            foreach (var kind in kinds)
            {
                json.Append(kind == '{' ? "{\"a\":" : "[1,");
            }

            json.Append(random.Next(3) == 0 ? "{}" : "[]");
            foreach (var kind in kinds.Reverse())
            {
                json.Append(kind == '{' ? '}' : ']');
            }

            Agree(Encoding.UTF8.GetBytes(json.Append('}').ToString()), tally);
        }

        output.WriteLine($"{tally.Accepted} accepted, {tally.Refused} refused");
        Assert.True(tally.Accepted > 1_000 && tally.Refused > 1_000, $"Too one-sided to judge: {tally.Accepted} accepted, {tally.Refused} refused.");
    }

    /// <summary>Whether both accept; fails the test when they differ in verdict or in the offsets they note.</summary>
    private static bool Agree(byte[] json, Tally tally)
    {
        var scanned = StrictJson.TryIndexObject<SessionClaimNames>(json, out var scannedMembers);
        var read = ReaderStrictJson.TryIndexObject<SessionClaimNames>(json, out var readMembers);
        var shown = Show(json);
        Assert.True(scanned == read, $"Scanner {(scanned ? "accepts" : "refuses")}, reader {(read ? "accepts" : "refuses")}: {shown}");
        if (scanned)
        {
            for (var slot = 0; slot < MemberOffsets.Capacity; slot++)
            {
                Assert.True(scannedMembers[slot] == readMembers[slot],
                    $"Slot {SessionClaimNames.NameOf(slot)}: scanner {scannedMembers[slot]}, reader {readMembers[slot]}: {shown}");
            }
        }

        _ = scanned ? tally.Accepted++ : tally.Refused++;
        return scanned;
    }

    private static byte[] Mutate(byte[] json, Random random)
    {
        var at = random.Next(json.Length + 1);
        var length = Math.Min(random.Next(1, 5), json.Length - at);
        var fragment = Fragments[random.Next(Fragments.Length)];
        return random.Next(5) switch
        {
            0 => [.. json.AsSpan(0, at), .. fragment, .. json.AsSpan(at)], // insert
            1 => [.. json.AsSpan(0, at), .. fragment, .. json.AsSpan(at + length)], // replace
            2 => [.. json.AsSpan(0, at), .. json.AsSpan(at + length)], // delete
            3 => Duplicate(json, random), // repeat a slice elsewhere (repeated members, extra values)
            _ => json.AsSpan(0, at).ToArray(), // truncate
        };
    }

    private static byte[] Duplicate(byte[] json, Random random)
    {
        if (json.Length == 0)
        {
            return json;
        }

        var start = random.Next(json.Length);
        var slice = json.AsSpan(start, random.Next(1, Math.Min(40, json.Length - start) + 1));
        var into = random.Next(json.Length + 1);
        return [.. json.AsSpan(0, into), .. slice, .. json.AsSpan(into)];
    }

    // Mostly well-formed objects from a small pool of names (so repeats happen), with a fault now and then.
    private static void WriteObject(StringBuilder json, Random random, int depth, int maxDepth)
    {
        string[] names = ["sub", "exp", "o", "a", "b", "s\\u0075b", "\\u0061", "org_permissions", "abcdefgh", ""];
        json.Append('{').Append(Space(random));
        var count = random.Next(0, 6);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                json.Append(random.Next(60) == 0 ? "" : ",").Append(Space(random));
            }

            json.Append('"').Append(names[random.Next(names.Length)]).Append('"').Append(Space(random));
            json.Append(random.Next(80) == 0 ? "=" : ":").Append(Space(random));
            WriteValue(json, random, depth, maxDepth);
            json.Append(Space(random));
        }

        json.Append(random.Next(100) == 0 ? ",}" : "}");
    }

    private static void WriteValue(StringBuilder json, Random random, int depth, int maxDepth)
    {
        switch (random.Next(depth < maxDepth ? 8 : 5))
        {
            case 0:
                json.Append('"').Append(StringContent(random)).Append('"');
                break;
            case 1:
                json.Append(NumberText(random));
                break;
            case 2:
                json.Append(new[] { "true", "false", "null", "nul", "True" }[random.Next(5)]);
                break;
            case 3 or 4:
                json.Append('"').Append(StringContent(random)).Append('"');
                break;
            case 5 or 6:
                WriteObject(json, random, depth + 1, maxDepth);
                break;
            default:
                json.Append('[').Append(Space(random));
                var count = random.Next(0, 4);
                for (var i = 0; i < count; i++)
                {
                    json.Append(i > 0 ? "," : "").Append(Space(random));
                    WriteValue(json, random, depth + 1, maxDepth);
                }

                json.Append(random.Next(100) == 0 ? ",]" : "]");
                break;
        }
    }

    private static string StringContent(Random random)
    {
        string[] pieces =
        [
            "user_1", "https://app.example.com", "é", "😀", "\\\"", "\\\\", "\\/", "\\b", "\\n", "\\t", "\\u0041", "\\u00e9",
            "\\ud83d\\ude00", "\\ud800", "\\udc00", "\\ud83d\\u0041", "\\q", "\t", "\u0001", " ",
        ];
        var text = new StringBuilder();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            // Faulty pieces (the last five) are rarer, so most strings are fine and the documents around them matter.
            text.Append(pieces[random.Next(random.Next(8) == 0 ? pieces.Length : pieces.Length - 5)]);
        }

        return text.ToString();
    }

    private static string NumberText(Random random)
    {
        string[] numbers = ["0", "-0", "7", "-12", "1700000000", "0.5", "-1.25e-3", "1E+2", "1e5", "123456789012345678901234567890"];
        string[] faulty = ["01", "1.", ".5", "+1", "1e", "1e+", "--1", "0x10", "1.2.3", "-"];
        return random.Next(10) == 0 ? faulty[random.Next(faulty.Length)] : numbers[random.Next(numbers.Length)];
    }

    private static string Space(Random random) => random.Next(4) switch
    {
        0 => " ",
        1 when random.Next(20) == 0 => new[] { "\t", "\n", "\r\n", "\u000b", "\u00a0" }[random.Next(5)],
        _ => "",
    };

    // The input as a C# string literal would spell it, so a failure can be pasted into a test.
    private static string Show(byte[] json) =>
        string.Concat(json.Select(b => b is >= 0x20 and < 0x7F and not (byte)'\\' and not (byte)'"' ? ((char)b).ToString() : $"\\x{b:X2}"));

    private sealed class Tally
    {
        public int Accepted;
        public int Refused;
    }
}
