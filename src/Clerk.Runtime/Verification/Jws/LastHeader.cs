namespace Clerk.Verification.Jws;

/// <summary>
/// The most recently decoded JOSE header, by its exact base64url text. Every token an instance signs with one key
/// carries the same header (<c>alg</c>, <c>kid</c>, <c>typ</c>, <c>cat</c>), so a cold verification nearly always meets
/// the header it met last and can skip decoding and reading it again. One entry, replaced on a miss: text that varies
/// costs one small allocation per token and never grows anything. The mapping is pure (same text, same header), so one
/// entry serves every verifier in the process; the header rules still run on it every time.
/// </summary>
internal static class LastHeader
{
    private static volatile Entry? last;

    /// <summary>The header decoded from exactly <paramref name="text"/> before, or null.</summary>
    public static JwsHeader? Find(ReadOnlySpan<char> text) =>
        last is { } entry && text.SequenceEqual(entry.Text) ? entry.Header : null;

    /// <summary>Remembers the header just decoded from <paramref name="text"/>.</summary>
    public static void Remember(ReadOnlySpan<char> text, JwsHeader header) => last = new Entry(text.ToString(), header);

    private sealed record Entry(string Text, JwsHeader Header);
}
