using System.Globalization;

namespace Clerk.LoadTest.Server;

/// <summary>
/// GET /__alloc: the bytes this process has allocated so far, read before and after each measured window (never
/// during one), so bytes per request = difference / requests wrk completed. The difference also holds whatever the
/// server allocates in the background meanwhile (timers, Kestrel's housekeeping, this endpoint's own answer).
/// </summary>
internal static class AllocationCounter
{
    public static void Map(WebApplication app) =>
        app.MapGet("/__alloc", () => GC.GetTotalAllocatedBytes(precise: true).ToString(CultureInfo.InvariantCulture));
}
