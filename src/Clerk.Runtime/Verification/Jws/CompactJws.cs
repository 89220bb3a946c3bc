using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;

namespace Clerk.Verification.Jws;

/// <summary>
/// A JWS in compact serialization (RFC 7515 §7.1), split and decoded: exactly three canonical base64url segments,
/// the first a JSON object. Nothing here is trusted yet; <see cref="JwsVerification"/> decides that.
/// </summary>
/// <remarks>
/// The payload and signature are decoded into one array rented from the shared pool, as a cold verification is a
/// one-off and its bytes are garbage the moment the verdict is in: <see cref="Dispose"/> gives the array back, and
/// nothing may read <see cref="Payload"/> or <see cref="Signature"/> after it (an undisposed one is simply collected).
/// </remarks>
internal sealed class CompactJws : IDisposable
{
    // Clerk's headers decode to about 120 bytes.
    private const int StackHeaderLength = 256;

    private static readonly VerificationFailure NotCanonical = VerificationFailure.Invalid(
        "A segment is not canonical base64url (only A-Z a-z 0-9 - _, no padding, unused bits zero).");

    private byte[]? decoded;
    private readonly int payloadLength;
    private readonly int signatureLength;

    private CompactJws(string token, int signingInputLength, JwsHeader header, byte[] decoded, int payloadLength, int signatureLength)
    {
        Token = token;
        SigningInputLength = signingInputLength;
        Header = header;
        this.decoded = decoded;
        this.payloadLength = payloadLength;
        this.signatureLength = signatureLength;
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
    public ReadOnlySpan<byte> Payload => Decoded.AsSpan(0, payloadLength);

    /// <summary>The decoded signature bytes.</summary>
    public ReadOnlySpan<byte> Signature => Decoded.AsSpan(payloadLength, signatureLength);

    private byte[] Decoded => decoded ?? throw new ObjectDisposedException(nameof(CompactJws));

    /// <summary>Returns the decoded bytes to the pool; once only, however often it is called.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref decoded, null) is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }

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

        var headerText = text[..firstDot];
        if (LastHeader.Find(headerText) is not { } header && !TryReadHeader(headerText, out header, out failure))
        {
            return false;
        }

        var payloadText = text[(firstDot + 1)..secondDot];
        var signatureText = text[(secondDot + 1)..];
        var decoded = ArrayPool<byte>.Shared.Rent(
            Base64Url.GetMaxDecodedLength(payloadText.Length) + Base64Url.GetMaxDecodedLength(signatureText.Length));
        if (!Base64UrlCanonical.TryDecode(payloadText, decoded, out var payloadLength)
            || !Base64UrlCanonical.TryDecode(signatureText, decoded.AsSpan(payloadLength), out var signatureLength))
        {
            ArrayPool<byte>.Shared.Return(decoded);
            failure = NotCanonical;
            return false;
        }

        jws = new CompactJws(token, secondDot, header, decoded, payloadLength, signatureLength);
        failure = default;
        return true;
    }

    /// <summary>Decodes and reads a header met for the first time (<see cref="LastHeader"/>), and remembers it.</summary>
    private static bool TryReadHeader(ReadOnlySpan<char> text, [NotNullWhen(true)] out JwsHeader? header, out VerificationFailure failure)
    {
        // The header is only read here, so it is decoded on the stack.
        header = null;
        var maxLength = Base64Url.GetMaxDecodedLength(text.Length);
        var bytes = maxLength <= StackHeaderLength ? stackalloc byte[StackHeaderLength] : new byte[maxLength];
        if (!Base64UrlCanonical.TryDecode(text, bytes, out var written))
        {
            failure = NotCanonical;
            return false;
        }

        bytes = bytes[..written];

        // The same strict reader as the payload's: one grammar, one set of refusals for both halves of the token.
        if (!StrictJson.TryIndexObject<JwsHeader.HeaderNames>(bytes, out var members))
        {
            failure = VerificationFailure.Invalid("The header is not a JSON object (or repeats a member name).");
            return false;
        }

        header = JwsHeader.From(bytes, members);

        LastHeader.Remember(text, header);
        failure = default;
        return true;
    }
}
