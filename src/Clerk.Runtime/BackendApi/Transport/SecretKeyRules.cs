namespace Clerk.BackendApi;

/// <summary>What a secret key must look like to be sent at all.</summary>
internal static class SecretKeyRules
{
    /// <summary>
    /// True for a non-empty run of visible ASCII, which every Clerk secret key (<c>sk_live_...</c>) is. Anything else,
    /// sent anyway, could inject a header (a line break) or be mangled on the wire, and would only fail later.
    /// </summary>
    public static bool IsSendable(string? secretKey) =>
        !string.IsNullOrEmpty(secretKey) && !secretKey.AsSpan().ContainsAnyExceptInRange('!', '~');
}
