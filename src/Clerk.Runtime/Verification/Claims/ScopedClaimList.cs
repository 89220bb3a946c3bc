namespace Clerk.Verification.Claims;

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

        // Counted first, so the only allocations are the entries and the one array that holds them.
        var count = 0;
        foreach (var range in list.AsSpan().Split(','))
        {
            count += list.AsSpan()[range].Trim().IsEmpty ? 0 : 1;
        }

        var entries = new string[count];
        var index = 0;
        foreach (var range in list.AsSpan().Split(','))
        {
            var entry = list.AsSpan()[range].Trim();
            if (!entry.IsEmpty)
            {
                entries[index++] = entry.Length == list.Length ? list : entry.ToString();
            }
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
