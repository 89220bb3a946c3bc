namespace Clerk.Emulator.Api;

/// <summary>The <c>order_by</c> sort of a list endpoint, over the store's newest-first order.</summary>
internal static class ListOrder
{
    /// <summary>
    /// Sorts stably by <paramref name="key"/>. Ties keep the store's order (newest first) when descending and are
    /// listed oldest first when ascending, so <c>+created_at</c> is exactly <c>-created_at</c> reversed, also for
    /// objects created within the same millisecond.
    /// </summary>
    public static IEnumerable<T> Sort<T>(IEnumerable<T> newestFirst, Func<T, IComparable?> key, bool descending) =>
        descending ? newestFirst.OrderByDescending(key) : newestFirst.Reverse().OrderBy(key);
}
