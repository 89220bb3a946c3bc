namespace Clerk.Emulator.Hosting;

/// <summary>Clerk's timestamps are Unix epoch milliseconds.</summary>
internal static class Clock
{
    public static long NowMs(this TimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds();
}
