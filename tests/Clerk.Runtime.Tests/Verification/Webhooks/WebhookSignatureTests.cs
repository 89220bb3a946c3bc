using System.Text;
using Clerk.Verification.Webhooks;
using StandardWebhooks;

namespace Clerk.Runtime.Tests.Verification.Webhooks;

/// <summary>
/// Standard Webhooks signatures: the standard's public test vector, the reference implementation signing what we
/// verify, and every way the timestamp and the headers can be wrong.
/// </summary>
public sealed class WebhookSignatureTests
{
    // The standard's own vector (standard-webhooks, libraries/javascript/src/webhook.test.ts).
    private const string VectorSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string VectorId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const string VectorTimestamp = "1614265330";
    private const string VectorBody = """{"test": 2432232314}""";
    private const string VectorSignature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    private static readonly DateTimeOffset VectorTime = DateTimeOffset.FromUnixTimeSeconds(1614265330);

    [Fact]
    public void The_standards_vector_verifies_and_signs_to_its_signature()
    {
        var secret = Secret(VectorSecret);

        Assert.Equal(WebhookVerdict.Valid, Verify(secret, VectorSignature));
        Assert.Equal(VectorSignature, WebhookSignature.Sign(secret, VectorId, VectorTimestamp, Encoding.UTF8.GetBytes(VectorBody)));
    }

    [Theory]
    [InlineData("""{"test": 2432232315}""")]
    [InlineData("""{"test":2432232314}""")]
    [InlineData("""{"test": 2432232314} """)]
    public void A_changed_body_does_not_verify(string body)
    {
        var verdict = WebhookSignature.Verify(Secret(VectorSecret), VectorId, VectorTimestamp, VectorSignature,
            Encoding.UTF8.GetBytes(body), VectorTime);

        Assert.Equal(WebhookVerdict.SignatureMismatch, verdict);
    }

    [Fact]
    public void Another_secret_or_a_changed_id_does_not_verify()
    {
        Assert.Equal(WebhookVerdict.SignatureMismatch, Verify(Secret("whsec_" + Convert.ToBase64String(new byte[24])), VectorSignature));
        Assert.Equal(WebhookVerdict.SignatureMismatch, WebhookSignature.Verify(Secret(VectorSecret), VectorId + "x",
            VectorTimestamp, VectorSignature, Encoding.UTF8.GetBytes(VectorBody), VectorTime));
    }

    [Fact]
    public void The_raw_bytes_are_verified_even_when_they_are_not_UTF8()
    {
        var secret = Secret(VectorSecret);
        byte[] body = [0x7b, 0xff, 0xfe, 0x7d];
        var signature = WebhookSignature.Sign(secret, "msg_1", VectorTimestamp, body);

        Assert.Equal(WebhookVerdict.Valid, WebhookSignature.Verify(secret, "msg_1", VectorTimestamp, signature, body, VectorTime));
        // Decoded and re-encoded, as a string-based verifier would see it, it is another message.
        var reencoded = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body));
        Assert.Equal(WebhookVerdict.SignatureMismatch,
            WebhookSignature.Verify(secret, "msg_1", VectorTimestamp, signature, reencoded, VectorTime));
    }

    [Theory]
    [InlineData(-300, WebhookVerdict.Valid)]
    [InlineData(300, WebhookVerdict.Valid)]
    [InlineData(-301, WebhookVerdict.StaleTimestamp)]
    [InlineData(301, WebhookVerdict.StaleTimestamp)]
    [InlineData(-86_400, WebhookVerdict.StaleTimestamp)]
    public void The_timestamp_must_be_within_five_minutes_of_now_either_way(int offsetSeconds, WebhookVerdict expected)
    {
        var secret = Secret(VectorSecret);
        var now = VectorTime.AddSeconds(-offsetSeconds);

        Assert.Equal(expected, WebhookSignature.Verify(secret, VectorId, VectorTimestamp, VectorSignature,
            Encoding.UTF8.GetBytes(VectorBody), now));
    }

    [Theory]
    [InlineData("1614265330.5")]
    [InlineData("-1614265330")]
    [InlineData(" 1614265330")]
    [InlineData("1614265330 ")]
    [InlineData("0x60367d12")]
    [InlineData("16142653301614265330161426533")]
    [InlineData("99999999999999999")]
    public void A_timestamp_that_is_not_plain_seconds_is_refused(string timestamp)
    {
        var verdict = WebhookSignature.Verify(Secret(VectorSecret), VectorId, timestamp, VectorSignature,
            Encoding.UTF8.GetBytes(VectorBody), VectorTime);

        Assert.True(verdict is WebhookVerdict.BadTimestamp or WebhookVerdict.StaleTimestamp, verdict.ToString());
    }

    [Theory]
    [InlineData(null, VectorTimestamp, VectorSignature)]
    [InlineData(VectorId, null, VectorSignature)]
    [InlineData(VectorId, VectorTimestamp, null)]
    [InlineData("", VectorTimestamp, VectorSignature)]
    [InlineData(VectorId, "", VectorSignature)]
    [InlineData(VectorId, VectorTimestamp, "  ")]
    public void A_missing_or_empty_header_is_refused(string? id, string? timestamp, string? signature)
    {
        var verdict = WebhookSignature.Verify(Secret(VectorSecret), id, timestamp, signature,
            Encoding.UTF8.GetBytes(VectorBody), VectorTime);

        Assert.Equal(WebhookVerdict.MissingHeaders, verdict);
    }

    [Theory]
    [InlineData("v1,bad v2,x " + VectorSignature)]
    [InlineData(VectorSignature + " v1,bad")]
    [InlineData("v1a,abcd " + VectorSignature)]
    public void Any_matching_v1_entry_of_the_list_verifies(string signatures)
    {
        Assert.Equal(WebhookVerdict.Valid, Verify(Secret(VectorSecret), signatures));
    }

    [Theory]
    [InlineData("v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1a,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("V1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    public void A_list_of_other_versions_only_holds_no_signature(string signatures)
    {
        Assert.Equal(WebhookVerdict.NoSignature, Verify(Secret(VectorSecret), signatures));
    }

    [Theory]
    [InlineData("v1,")]
    [InlineData("v1, v1,")]
    [InlineData("v1,=")]
    [InlineData("v1,g0hM9SsE")]
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE")]
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE==")]
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=g0hM")]
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=,")]
    [InlineData("v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("v1,not base64 at all!")]
    [InlineData("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=\tv1,x")]
    [InlineData("v1,,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    [InlineData("v1,h0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE= v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")]
    public void CVE_2025_53548_no_list_without_a_whole_valid_v1_signature_verifies(string signatures)
    {
        // Clerk's own verifyWebhook accepted badly signed events through its parsing of this list. An empty, cut
        // short, padded, extended or otherwise altered signature, or the valid one under another version, never
        // verifies, whatever stands beside it.
        Assert.Equal(WebhookVerdict.SignatureMismatch, Verify(Secret(VectorSecret), signatures));
    }

    [Fact]
    public void The_reference_implementation_signs_what_we_verify()
    {
        var random = new Random(53548);
        for (var i = 0; i < 200; i++)
        {
            var key = new byte[random.Next(1, 64)];
            random.NextBytes(key);
            var body = new byte[random.Next(0, 2048)];
            random.NextBytes(body);
            var text = Encoding.UTF8.GetString(body);
            var id = $"msg_{random.Next()}";
            var sent = VectorTime.AddSeconds(random.Next(-10_000, 10_000));
            var reference = new StandardWebhook(key).Sign(id, sent, text);
            var secret = Secret("whsec_" + Convert.ToBase64String(key));
            var timestamp = sent.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

            Assert.Equal(WebhookVerdict.Valid,
                WebhookSignature.Verify(secret, id, timestamp, reference, Encoding.UTF8.GetBytes(text), sent));
            Assert.Equal(reference, WebhookSignature.Sign(secret, id, timestamp, Encoding.UTF8.GetBytes(text)));
        }
    }

    [Theory]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", true)]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", true)]
    [InlineData("whsec_", false)]
    [InlineData("whsec_not*base64", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Signing_secrets_are_whsec_and_base64(string? text, bool valid)
    {
        Assert.Equal(valid, WebhookSigningSecret.TryParse(text, out _));
    }

    private static WebhookVerdict Verify(WebhookSigningSecret secret, string signatures) =>
        WebhookSignature.Verify(secret, VectorId, VectorTimestamp, signatures, Encoding.UTF8.GetBytes(VectorBody), VectorTime);

    private static WebhookSigningSecret Secret(string text) =>
        WebhookSigningSecret.TryParse(text, out var secret) ? secret : throw new ArgumentException(text);
}
