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
    public static string[] Decode(IReadOnlyList<string> organizationFeatures, string? per, string? fpm)
    {
        if (string.IsNullOrEmpty(per) || string.IsNullOrEmpty(fpm))
        {
            return [];
        }

        var permissions = per.Split(',', StringSplitOptions.TrimEntries);
        var masks = fpm.Split(',', StringSplitOptions.TrimEntries);
        var granted = new List<string>();
        for (var feature = 0; feature < organizationFeatures.Count && feature < masks.Length; feature++)
        {
            // A mask that is not a plain decimal number grants nothing (Clerk: an empty bit list). Up to 18 digits
            // (below 2^60) it fits a ulong and decodes without BigInteger's allocations; longer ones take BigInteger.
            var digits = masks[feature];
            if (digits.Length is > 0 and <= 18 && digits.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
            {
                var small = ulong.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
                for (var bit = 0; bit < permissions.Length && bit < 64; bit++)
                {
                    if (((small >> bit) & 1) != 0)
                    {
                        granted.Add(string.Concat("org:", organizationFeatures[feature], ":", permissions[bit]));
                    }
                }

                continue;
            }

            if (!TryParseDecimal(digits, out var mask))
            {
                continue;
            }

            for (var bit = 0; bit < permissions.Length; bit++)
            {
                if (!((mask >> bit) & BigInteger.One).IsZero)
                {
                    granted.Add($"org:{organizationFeatures[feature]}:{permissions[bit]}");
                }
            }
        }

        return [.. granted];
    }

    // Digits only: no sign, no spaces, no exponent. Arbitrary length, like Clerk's string arithmetic, so a feature
    // with more than 64 permissions still decodes.
    private static bool TryParseDecimal(string digits, out BigInteger value)
    {
        value = BigInteger.Zero;
        return digits.Length > 0
            && digits.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
            && BigInteger.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
