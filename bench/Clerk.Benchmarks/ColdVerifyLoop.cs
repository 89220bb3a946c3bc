using System.Diagnostics;

namespace Clerk.Benchmarks;

/// <summary>The <see cref="TokenVerificationBenchmarks.ColdVerify"/> work in a plain loop, for a sampling profiler.</summary>
internal static class ColdVerifyLoop
{
    public static void Run(TimeSpan duration)
    {
        var benchmarks = new TokenVerificationBenchmarks();
        benchmarks.Setup();
        try
        {
            var verifications = 0L;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < duration)
            {
                if (!benchmarks.ColdVerify().IsValid)
                {
                    throw new InvalidOperationException("The token stopped verifying.");
                }

                verifications++;
            }

            // The process id names the perf map (/tmp/perf-<pid>.map) the profiler reads and bench/run.sh removes.
            Console.WriteLine(
                $"{clock.Elapsed.TotalMicroseconds / verifications:F2} µs per cold verification " +
                $"({verifications} in {clock.Elapsed.TotalSeconds:F1} s, pid {Environment.ProcessId})");
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }
}
