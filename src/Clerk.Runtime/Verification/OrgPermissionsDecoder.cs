using System.Globalization;
using System.Numerics;

namespace Clerk.Verification;

/// <summary>
/// Rebuilds the organization permissions a v2 token packs into <c>fea</c>, <c>o.per</c> and <c>o.fpm</c>, as Clerk's
/// <c>jwtPayloadParser.ts</c> does. <c>fpm</c> holds one decimal number per organization feature (in <c>fea</c>
/// order); bit <c>j</c> of it, least significant first, grants permission <c>j</c> of <c>per</c>. So
/// <c>fea=o:dashboard,o:teams</c>, <c>per=manage,read</c>, <c>fpm=3,2</c> → 3 = 0b11 gives dashboard manage and read,
/// 2 = 0b10 gives teams read.
/// </summary>
internal static class OrgPermissionsDecoder
{
    /// <param name="features">The <c>fea</c> entries (<see cref="ScopedClaimList.Split"/>), all scopes.</param>
    /// <param name="per">The permission names, comma-separated.</param>
    /// <param name="fpm">The masks, comma-separated, one per organization feature.</param>
    public static string[] Decode(string[] features, string? per, string? fpm)
    {
        if (string.IsNullOrEmpty(per) || string.IsNullOrEmpty(fpm))
        {
            return [];
        }

        // Entries are trimmed; empty ones keep their place (a permission's index is its bit).
        var permissionCount = per.AsSpan().Count(',') + 1;
        Span<Range> permissions = permissionCount <= 64 ? stackalloc Range[permissionCount] : new Range[permissionCount];
        per.AsSpan().Split(permissions, ',', StringSplitOptions.TrimEntries);

        var granted = new List<string>();
        var masks = fpm.AsSpan().Split(',');
        foreach (var entry in features)
        {
            if (!ScopedClaimList.IsOrganizationEntry(entry, out var feature))
            {
                continue;
            }

            if (!masks.MoveNext())
            {
                break;
            }

            // A mask that is not a plain decimal number grants nothing (Clerk: an empty bit list). Up to 18 digits
            // (below 2^60) it fits a ulong and decodes without BigInteger's allocations; longer ones take BigInteger.
            var digits = fpm.AsSpan()[masks.Current].Trim();
            if (digits.Length == 0 || digits.IndexOfAnyExceptInRange('0', '9') >= 0)
            {
                continue;
            }

            if (digits.Length <= 18)
            {
                var small = ulong.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
                for (var bit = 0; bit < permissions.Length && bit < 64; bit++)
                {
                    if (((small >> bit) & 1) != 0)
                    {
                        granted.Add(Permission(feature, per.AsSpan()[permissions[bit]]));
                    }
                }

                continue;
            }

            // Arbitrary length, like Clerk's string arithmetic, so a feature with more than 64 permissions decodes.
            var mask = BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            for (var bit = 0; bit < permissions.Length; bit++)
            {
                if (!((mask >> bit) & BigInteger.One).IsZero)
                {
                    granted.Add(Permission(feature, per.AsSpan()[permissions[bit]]));
                }
            }
        }

        return [.. granted];
    }

    private static string Permission(ReadOnlySpan<char> feature, ReadOnlySpan<char> permission) =>
        string.Concat("org:", feature, ":", permission);
}
