using System.Numerics;

namespace Clerk.Emulator.Tokens;

/// <summary>
/// Packs organization permissions into a v2 session token's <c>fea</c>, <c>o.per</c> and <c>o.fpm</c>, the inverse
/// of the runtime's <c>OrgPermissionsDecoder</c>: features in first-seen order, the distinct actions in first-seen
/// order, and per feature a bitmask whose bit <c>i</c> grants action <c>per[i]</c>. System permissions
/// (<c>org:sys_*</c>) never go into a token, as in Clerk.
/// </summary>
internal static class OrgPermissionsEncoder
{
    public sealed record Encoded(IReadOnlyList<string> Features, string Per, string Fpm);

    /// <param name="permissions">The member's permissions (<c>org:feature:action</c>).</param>
    /// <param name="planFeatures">Features the organization's plan grants; those no permission names get a zero mask.</param>
    public static Encoded? Encode(IEnumerable<string> permissions, IEnumerable<string>? planFeatures = null)
    {
        var features = new List<string>(planFeatures?.Distinct() ?? []);
        var actions = new List<string>();
        var granted = new List<(string Feature, string Action)>();
        foreach (var permission in permissions)
        {
            var parts = permission.Split(':');
            if (parts is not ["org", var feature, var action] || feature.Length == 0 || action.Length == 0
                || feature.StartsWith("sys_", StringComparison.Ordinal))
            {
                continue;
            }

            if (!features.Contains(feature))
            {
                features.Add(feature);
            }

            if (!actions.Contains(action))
            {
                actions.Add(action);
            }

            granted.Add((feature, action));
        }

        if (features.Count == 0)
        {
            return null;
        }

        var masks = features.Select(feature => granted
            .Where(g => g.Feature == feature)
            .Aggregate(BigInteger.Zero, (mask, g) => mask | (BigInteger.One << actions.IndexOf(g.Action))));
        return new Encoded(features, string.Join(',', actions), string.Join(',', masks));
    }
}
