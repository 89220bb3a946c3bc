namespace Clerk.Bench;

/// <summary>The medians and quartiles the paired measurements report (linked into each benchmark program).</summary>
internal static class Percentile
{
    /// <summary>
    /// The value <paramref name="share"/> of the way through <paramref name="sorted"/> (0.5: the median), interpolated
    /// between the two nearest values.
    /// </summary>
    public static double Of(IReadOnlyList<double> sorted, double share)
    {
        var position = share * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
