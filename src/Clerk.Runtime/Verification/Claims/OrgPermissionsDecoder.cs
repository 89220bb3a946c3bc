using System.Globalization;
using System.Numerics;

namespace Clerk.Verification.Claims;

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
    public static string[] Decode(IReadOnlyList<string> features, string? per, string? fpm)
    {
        if (string.IsNullOrEmpty(per) || string.IsNullOrEmpty(fpm))
        {
            return [];
        }

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
            // (below 2^60) it fits a ulong and decodes without BigInteger's allocations; longer ones take BigInteger,
            // arbitrary length like Clerk's string arithmetic, so a feature with more than 64 permissions decodes.
            var digits = fpm.AsSpan()[masks.Current].Trim();
            if (digits.Length == 0 || digits.IndexOfAnyExceptInRange('0', '9') >= 0)
            {
                continue;
            }

            BigInteger? large = digits.Length > 18 ? BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) : null;
            var small = large is null ? ulong.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

            // Bit j grants the j-th permission (trimmed; empty entries keep their place).
            var bit = 0;
            foreach (var range in per.AsSpan().Split(','))
            {
                if (large is { } mask ? !((mask >> bit) & BigInteger.One).IsZero : bit < 64 && ((small >> bit) & 1) != 0)
                {
                    granted.Add(string.Concat("org:", feature, ":", per.AsSpan()[range].Trim()));
                }

                bit++;
            }
        }

        return [.. granted];
    }
}
