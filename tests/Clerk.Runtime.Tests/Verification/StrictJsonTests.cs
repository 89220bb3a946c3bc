using System.Text;
using Clerk.Verification.Claims;
using Clerk.Verification.Jws;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// <see cref="StrictJson"/> on its own: every rule of the one-pass check a header or payload must pass before the
/// signature is even looked at, and the member index the claims are later read from.
/// </summary>
public sealed class StrictJsonTests
{
    private static bool Accepts(string json) => Accepts(Encoding.UTF8.GetBytes(json));

    private static bool Accepts(byte[] utf8) => StrictJson.TryIndexObject<SessionClaimNames>(utf8, out _);

    [Theory]
    [InlineData("{}")]
    [InlineData(" \t\r\n{ } \n")]
    [InlineData("""{"sub":"user_1","exp":1,"o":{"id":"org_1","per":"a,b"},"fva":[1,-1],"act":null,"x":true}""")]
    [InlineData("""{"a":{"x":1},"b":{"x":1}}""")] // the same name in sibling objects
    [InlineData("""{"x":{"x":{"x":1}}}""")] // the same name at different depths
    [InlineData("""{"a":[{"x":1},{"x":2}],"x":[]}""")] // the same name in objects of one array
    [InlineData("""{"abcdefg":1,"abcdefgh":2,"abcdefgi":3,"abcdef":4,"abcdefh":5,"a":6,"b":7,"":8}""")] // near misses
    [InlineData("""{"abcdefg":1,"abcdefgh":2,"abcdefgi":3,"abcdef":4,"abcdefh":5,"\u0000":6,"\u0000\u0000":7}""")] // with escapes
    [InlineData("""{"s":"\ud83d\ude00 \u00e9 \"quoted\" \\ \/ \b\f\n\r\t"}""")] // a surrogate pair and the other escapes
    [InlineData("""{"sub":"é ✓ 😀"}""")] // raw multi-byte UTF-8
    public void Strict_objects_are_accepted(string json)
    {
        Assert.True(Accepts(json));
    }

    [Theory]
    [InlineData("""{"sub":"a","sub":"b"}""")]
    [InlineData("""{"o":{"rol":"member","rol":"admin"}}""")]
    [InlineData("""{"a":{"b":{"c":{"x":1,"y":2,"x":3}}}}""")]
    [InlineData("""{"a":[{"x":1},{"y":1,"y":2}]}""")] // in an object inside an array
    [InlineData("""{"a":[[{"k":[{"z":0,"z":0}]}]]}""")] // deeper still
    [InlineData("""{"s\u0075b":"a","sub":"b"}""")] // escaped first
    [InlineData("""{"sub":"a","\u0073\u0075\u0062":"b"}""")] // escaped second
    [InlineData("""{"o":{"r\u006fl":"member","rol":"admin"}}""")] // escaped, nested
    [InlineData("""{"\u00e9":1,"é":2}""")] // an escaped non-ASCII name and its UTF-8 spelling
    [InlineData("""{"":1,"":2}""")] // the empty name
    [InlineData("""{"org_permissions":[],"x":1,"org_permissions":[]}""")] // a long name
    [InlineData("""{"abcdefg":1,"abcdefg":2}""")] // the longest name packed in place
    [InlineData("""{"abcdefgh":1,"abcdefgh":2}""")] // the shortest one compared through the text
    public void A_repeated_member_name_is_refused_at_any_depth_and_in_any_spelling(string json)
    {
        Assert.False(Accepts(json));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(31, false)]
    [InlineData(32, false)]
    [InlineData(100, false)]
    [InlineData(0, true)]
    [InlineData(31, true)]
    [InlineData(32, true)]
    [InlineData(100, true)]
    public void Large_objects_are_checked_for_duplicates_too(int repeated, bool escapeOne)
    {
        // 101 distinct names, then one of them again: objects beyond 32 members (or with an escaped name) are
        // checked through a set of strings instead of in place, and must still catch the repeat wherever it is.
        var members = Enumerable.Range(0, 101).Select(i => $"\"m{i}\":{i}").ToList();
        members.AddRange(Enumerable.Range(0, 20).Select(i => $"\"long_member_{i}\":{i}"));
        if (escapeOne)
        {
            members[50] = "\"\\u006d50\":50";
        }

        var distinct = "{" + string.Join(",", members) + "}";
        var repeatedOnce = "{" + string.Join(",", members) + $",\"m{repeated}\":0}}";
        var longRepeated = "{" + string.Join(",", members) + $",\"long_member_{repeated % 20}\":0}}";

        Assert.True(Accepts(distinct));
        Assert.False(Accepts(repeatedOnce));
        Assert.False(Accepts(longRepeated));
    }

    [Fact]
    public void Many_open_objects_with_many_names_are_checked_exactly()
    {
        // Sixteen nested objects of twenty names each hold more plain names at once than are kept in place: the
        // innermost ones switch to sets, and a repeat at the innermost or outermost level is still found.
        static string Nested(int depth, string innermostExtra, string outermostExtra)
        {
            var json = "{" + string.Join(",", Enumerable.Range(0, 20).Select(i => $"\"n{i}\":{i}")) + innermostExtra + "}";
            for (var level = 1; level < depth; level++)
            {
                var extra = level == depth - 1 ? outermostExtra : "";
                json = "{" + string.Join(",", Enumerable.Range(0, 20).Select(i => $"\"n{i}\":{i}")) + ",\"child\":" + json + extra + "}";
            }

            return json;
        }

        Assert.True(Accepts(Nested(16, "", "")));
        Assert.False(Accepts(Nested(16, ",\"n3\":0", "")));
        Assert.False(Accepts(Nested(16, "", ",\"n19\":0")));
        Assert.False(Accepts(Nested(16, "", ",\"child\":0")));
    }

    [Theory]
    [InlineData("""{"s":"\ud800"}""")] // a lone high surrogate
    [InlineData("""{"s":"\udc00"}""")] // a lone low surrogate
    [InlineData("""{"s":"\ude00\ud83d"}""")] // a pair in the wrong order
    [InlineData("""{"o":{"per":"a,\ud800"}}""")] // in a nested string
    [InlineData("""{"a":[1,{"b":["x","\udfff"]}]}""")] // in a string in an array in an object in an array
    [InlineData("""{"\ud800":1}""")] // in a name
    [InlineData("""{"o":{"\udc00x":1}}""")] // in a nested name
    public void An_escaped_lone_surrogate_is_refused_wherever_it_is(string json)
    {
        Assert.False(Accepts(json));
    }

    [Fact]
    public void Nesting_up_to_sixteen_deep_is_accepted_and_seventeen_is_refused()
    {
        static string Depth(int depth) => "{\"a\":" + new string('[', depth - 2) + "{}" + new string(']', depth - 2) + "}";

        Assert.True(Accepts(Depth(16)));
        Assert.False(Accepts(Depth(17)));
        Assert.False(Accepts(Depth(100)));
    }

    [Theory]
    [InlineData("{\"sub\":\"user_1\"} x")]
    [InlineData("{\"sub\":\"user_1\"}{}")]
    [InlineData("{\"sub\":\"user_1\"}\u0000")]
    [InlineData("{\"sub\":\"user_1\"},")]
    [InlineData("{\"sub\":\"user_1\"")]
    [InlineData("{\"sub\":{\"a\":1}")]
    [InlineData("{\"sub\":\"user_1\",}")]
    [InlineData("{\"a\":[1,2,]}")]
    [InlineData("{\"sub\":\"user_1\" /* comment */}")]
    [InlineData("{\"sub\":\"user_1\"} // comment")]
    [InlineData("{'sub':'user_1'}")]
    [InlineData("{sub:1}")]
    [InlineData("{\"a\":NaN}")]
    [InlineData("{\"a\":01}")]
    [InlineData("{\"a\":\"tab\there\"}")] // a raw control character in a string
    [InlineData("[]")]
    [InlineData("[{}]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("   ")]
    public void Anything_but_exactly_one_strict_object_is_refused(string json)
    {
        Assert.False(Accepts(json));
    }

    [Fact]
    public void A_byte_order_mark_is_refused()
    {
        Assert.False(Accepts([0xEF, 0xBB, 0xBF, .. "{}"u8]));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })] // never valid
    [InlineData(new byte[] { 0xC0, 0xAF })] // overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a UTF-8-encoded surrogate
    [InlineData(new byte[] { 0xE2, 0x82 })] // truncated
    public void Invalid_UTF_8_is_refused_in_values_and_names(byte[] invalid)
    {
        Assert.False(Accepts([.. "{\"s\":\""u8, .. invalid, .. "\"}"u8]));
        Assert.False(Accepts([.. "{\"o\":{\""u8, .. invalid, .. "\":1}}"u8]));
    }

    [Fact]
    public void Top_level_members_are_indexed_by_their_unescaped_names_and_nested_ones_are_not()
    {
        var json = """{"o":{"sub":"nested"},"s\u0075b":"user_1", "exp" : 1700000000,"x":{"exp":2}}"""u8;

        Assert.True(StrictJson.TryIndexObject<SessionClaimNames>(json, out var members));

        Assert.Equal(json.IndexOf("\"user_1\""u8), members[SessionClaimNames.Sub] - 1);
        Assert.Equal(json.IndexOf("1700000000"u8), members[SessionClaimNames.Exp] - 1);
        Assert.Equal(json.IndexOf("{\"sub\""u8), members[SessionClaimNames.O] - 1);
        Assert.Equal(0, members[SessionClaimNames.Iat]);
    }
}
