namespace Clerk.Verification.Claims;

/// <summary>JWT NumericDate (RFC 7519 §2) to <see cref="DateTimeOffset"/>, never throwing for out-of-range values.</summary>
internal static class UnixTime
{
    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>
    /// Whole seconds since the epoch; fractions are dropped as Clerk's SDK does (JavaScript's <c>setUTCSeconds</c>),
    /// and values beyond year 1 or 9999 are clamped there instead of overflowing.
    /// </summary>
    public static DateTimeOffset FromSeconds(double seconds)
    {
        var whole = Math.Truncate(seconds);
        return whole <= MinSeconds ? DateTimeOffset.MinValue
            : whole >= MaxSeconds ? DateTimeOffset.MaxValue
            : DateTimeOffset.FromUnixTimeSeconds((long)whole);
    }
}
