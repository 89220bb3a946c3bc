using System.Buffers.Text;

namespace Clerk.Verification;

/// <summary>
/// A JWS in compact serialization (RFC 7515 §7.1), split and decoded: exactly three canonical base64url segments,
/// the first a JSON object. Nothing here is trusted yet; <see cref="JwsVerification"/> decides that.
/// </summary>
internal sealed class CompactJws
{
    // Clerk's headers decode to about 120 bytes.
    private const int StackHeaderLength = 256;

    private CompactJws(string token, int signingInputLength, JwsHeader header, byte[] payload, byte[] signature)
    {
        Token = token;
        SigningInputLength = signingInputLength;
        Header = header;
        Payload = payload;
        Signature = signature;
    }

    /// <summary>The token text as received.</summary>
    public string Token { get; }

    /// <summary>The length of <c>header.payload</c>, the ASCII text the signature covers.</summary>
    public int SigningInputLength { get; }

    /// <summary>What the signature covers, exactly as received (never re-encoded).</summary>
    public ReadOnlySpan<char> SigningInput => Token.AsSpan(0, SigningInputLength);

    /// <summary>The decoded protected header.</summary>
    public JwsHeader Header { get; }

    /// <summary>The decoded payload bytes (any bytes at this layer; a session token's must be a JSON object).</summary>
    public byte[] Payload { get; }

    /// <summary>The decoded signature bytes.</summary>
    public byte[] Signature { get; }

    /// <summary>Splits and decodes <paramref name="token"/>, or says why it is not a compact JWS.</summary>
    public static bool TryParse(string token, out CompactJws jws, out VerificationFailure failure)
    {
        jws = null!;
        var text = token.AsSpan();
        var firstDot = text.IndexOf('.');
        var secondDot = firstDot < 0 ? -1 : text[(firstDot + 1)..].IndexOf('.') + firstDot + 1;
        if (firstDot < 0 || secondDot <= firstDot || text[(secondDot + 1)..].Contains('.'))
        {
            // Two segments is an unsigned token; four or five is a JWE or something glued on: none is a session token.
            failure = VerificationFailure.Invalid("A JWT has exactly three segments separated by dots.");
            return false;
        }

        // The header is only read here, so it is decoded on the stack; the payload and signature outlive this call.
        var headerText = text[..firstDot];
        var headerLength = Base64Url.GetMaxDecodedLength(headerText.Length);
        var headerBytes = headerLength <= StackHeaderLength ? stackalloc byte[StackHeaderLength] : new byte[headerLength];
        if (!Base64UrlCanonical.TryDecode(headerText, headerBytes, out var headerWritten)
            || !Base64UrlCanonical.TryDecode(text[(firstDot + 1)..secondDot], out var payload)
            || !Base64UrlCanonical.TryDecode(text[(secondDot + 1)..], out var signature))
        {
            failure = VerificationFailure.Invalid(
                "A segment is not canonical base64url (only A-Z a-z 0-9 - _, no padding, unused bits zero).");
            return false;
        }

        headerBytes = headerBytes[..headerWritten];

        // The usual flat header is read directly; any other goes through the full strict check.
        var header = JwsHeader.TryReadFlat(headerBytes);
        if (header is null)
        {
            if (!StrictJson.TryIndexObject<JwsHeader.HeaderNames>(headerBytes, out var members))
            {
                failure = VerificationFailure.Invalid("The header is not a JSON object (or repeats a member name).");
                return false;
            }

            header = JwsHeader.From(headerBytes, members);
        }

        jws = new CompactJws(token, secondDot, header, payload, signature);
        failure = default;
        return true;
    }
}
