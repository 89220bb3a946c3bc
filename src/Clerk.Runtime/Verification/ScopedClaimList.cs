namespace Clerk.Verification;

/// <summary>
/// The comma-separated, scoped lists of v2 tokens (<c>fea</c>, <c>pla</c>): entries like <c>o:dashboard</c> (the
/// active organization's), <c>u:pro</c> (the user's) or <c>ou:x</c>/<c>uo:x</c> (both).
/// </summary>
internal static class ScopedClaimList
{
    /// <summary>The trimmed, non-empty entries, scopes kept (as <c>string.Split</c> with trimming and no empties).</summary>
    public static string[] Split(string? list)
    {
        if (string.IsNullOrEmpty(list))
        {
            return [];
        }

        // Split in place into ranges, so the only allocations are the entries and the array that holds them.
        var text = list.AsSpan();
        var most = text.Count(',') + 1;
        Span<Range> ranges = most <= 32 ? stackalloc Range[most] : new Range[most];
        var count = text.Split(ranges, ',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var entries = new string[count];
        for (var index = 0; index < count; index++)
        {
            entries[index] = list[ranges[index]];
        }

        return entries;
    }

    /// <summary>
    /// Whether <paramref name="entry"/> applies to the organization (scope <c>o</c>, <c>ou</c> or <c>uo</c>), and its
    /// name. An entry without a scope belongs to no one (Clerk's parser throws on it; we skip it).
    /// </summary>
    public static bool IsOrganizationEntry(string entry, out ReadOnlySpan<char> name)
    {
        var colon = entry.IndexOf(':');
        name = colon > 0 ? entry.AsSpan(colon + 1) : default;
        return colon > 0 && entry.AsSpan(0, colon) is "o" or "ou" or "uo";
    }
}
