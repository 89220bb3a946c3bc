namespace Clerk.Verification;

/// <summary>
/// The comma-separated, scoped lists of v2 tokens (<c>fea</c>, <c>pla</c>): entries like <c>o:dashboard</c> (the
/// active organization's), <c>u:pro</c> (the user's) or <c>ou:x</c>/<c>uo:x</c> (both).
/// </summary>
internal static class ScopedClaimList
{
    /// <summary>The trimmed, non-empty entries, scopes kept.</summary>
    public static string[] Split(string? list) =>
        string.IsNullOrEmpty(list) ? [] : list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The names of the entries that apply to the organization (scope <c>o</c>, <c>ou</c> or <c>uo</c>), in order.
    /// An entry without a scope belongs to no one (Clerk's parser throws on it; we skip it).
    /// </summary>
    public static List<string> OrganizationEntries(IReadOnlyList<string> entries)
    {
        var names = new List<string>(entries.Count);
        foreach (var entry in entries)
        {
            var colon = entry.IndexOf(':');
            if (colon > 0 && entry.AsSpan(0, colon) is "o" or "ou" or "uo")
            {
                names.Add(entry[(colon + 1)..]);
            }
        }

        return names;
    }
}
