using Clerk.Verification;
using Clerk.Verification.Jws;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// <see cref="CompactJws"/>'s own promises: a header is remembered only by its exact text (<see cref="LastHeader"/>),
/// and the pooled bytes of the payload and signature go back once and cannot be read afterwards.
/// </summary>
public sealed class CompactJwsTests
{
    [Fact]
    public void Each_header_is_read_as_written_however_headers_alternate()
    {
        var payload = JwsTokens.SessionPayload("user_1", "https://app.example.com");
        string Token(string keyId, string type)
        {
            var header = JwsTokens.SessionHeader();
            header["kid"] = keyId;
            header["typ"] = type;
            return TokenSigner.Sign(header, payload);
        }

        var tokens = new[] { Token("ins_a", "JWT"), Token("ins_b", "JWT"), Token("ins_a", "at+jwt") };
        foreach (var index in new[] { 0, 0, 1, 0, 2, 2, 1, 0 })
        {
            Assert.True(CompactJws.TryParse(tokens[index], out var jws, out var failure), failure.Message);
            using (jws)
            {
                Assert.Equal(index == 1 ? "ins_b" : "ins_a", jws.Header.KeyId);
                Assert.Equal(index == 2 ? "at+jwt" : "JWT", jws.Header.Type);
            }
        }
    }

    [Fact]
    public void A_header_remembered_as_valid_does_not_vouch_for_a_different_spelling_of_it()
    {
        var token = TokenSigner.Sign(JwsTokens.SessionHeader(), JwsTokens.SessionPayload("user_1", "https://app.example.com"));
        Assert.True(CompactJws.TryParse(token, out var remembered, out _));
        remembered.Dispose();

        // The same header with a padding character: not canonical, so refused even right after the canonical text.
        var firstDot = token.IndexOf('.');
        var padded = token[..firstDot] + "=" + token[firstDot..];
        Assert.False(CompactJws.TryParse(padded, out _, out var failure));
        Assert.Equal(TokenVerificationReasons.TokenInvalid, failure.Reason);
    }

    [Fact]
    public void The_decoded_bytes_go_back_once_and_cannot_be_read_afterwards()
    {
        var token = TokenSigner.Sign(JwsTokens.SessionHeader(), JwsTokens.SessionPayload("user_1", "https://app.example.com"));
        Assert.True(CompactJws.TryParse(token, out var jws, out _));
        Assert.Equal((byte)'{', jws.Payload[0]);
        Assert.Equal(256, jws.Signature.Length);

        jws.Dispose();
        jws.Dispose();

        Assert.Throws<ObjectDisposedException>(() => jws.Payload.Length);
        Assert.Throws<ObjectDisposedException>(() => jws.Signature.Length);
    }
}
