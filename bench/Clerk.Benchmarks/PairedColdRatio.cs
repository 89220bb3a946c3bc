using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Clerk.Benchmarks;

/// <summary>
/// Cold verification against the bare RSA check, measured as pairs of short back-to-back blocks, one of each, in one
/// process: the ratio of each pair, and the median over hundreds of pairs.
/// </summary>
/// <remarks>
/// Why this exists beside BenchmarkDotNet: BenchmarkDotNet measures one benchmark after the other, seconds apart, so
/// on a shared virtual machine whose speed drifts with its neighbours' load the ratio of two medians moves as much as
/// the work does (1.16× and 1.69× in back-to-back runs of identical code). Here both sides of every ratio are taken
/// within about 20 ms of each other, so drift moves both alike and cancels, and a burst that lands on one block spoils
/// one pair of hundreds, which the median discards. The work per operation is exactly the BenchmarkDotNet methods'
/// (<see cref="TokenVerificationBenchmarks.BareRsaVerify"/>, <see cref="TokenVerificationBenchmarks.ColdVerify"/>),
/// on the same objects; the order within a pair alternates so neither side always runs second.
/// </remarks>
internal static class PairedColdRatio
{
    // About 8 ms per block at ~30 µs per operation: long enough that the clock's resolution and the timing calls are
    // negligible, short enough that the machine's speed barely moves between the two blocks of a pair.
    private const int OperationsPerBlock = 250;

    public static void Run(TimeSpan duration, string outputPath)
    {
        var benchmarks = new TokenVerificationBenchmarks();
        benchmarks.Setup();
        try
        {
            // Tiered compilation reaches its final code after a few thousand calls; these pairs are not kept.
            MeasurePairs(benchmarks, TimeSpan.FromSeconds(2));
            var pairs = MeasurePairs(benchmarks, duration);
            var result = Summarize(pairs);
            File.WriteAllText(outputPath, JsonSerializer.Serialize(result, PairedJsonContext.Default.PairedColdRatioResult));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Paired cold/bare ratio: median {result.MedianRatio:F3} over {result.Pairs} pairs " +
                $"(bare {result.MedianBareMicroseconds:F2} µs, cold {result.MedianColdMicroseconds:F2} µs)"));
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private static List<(double Bare, double Cold)> MeasurePairs(TokenVerificationBenchmarks benchmarks, TimeSpan duration)
    {
        var pairs = new List<(double, double)>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            double bare, cold;
            if (pairs.Count % 2 == 0)
            {
                bare = TimeBlock(benchmarks, cold: false);
                cold = TimeBlock(benchmarks, cold: true);
            }
            else
            {
                cold = TimeBlock(benchmarks, cold: true);
                bare = TimeBlock(benchmarks, cold: false);
            }

            pairs.Add((bare, cold));
        }

        return pairs;
    }

    /// <summary>Microseconds per operation over one block.</summary>
    private static double TimeBlock(TokenVerificationBenchmarks benchmarks, bool cold)
    {
        var valid = true;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < OperationsPerBlock; i++)
        {
            valid &= cold ? benchmarks.ColdVerify().IsValid : benchmarks.BareRsaVerify();
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (!valid)
        {
            throw new InvalidOperationException("A verification failed during the paired measurement.");
        }

        return elapsed.TotalMicroseconds / OperationsPerBlock;
    }

    private static PairedColdRatioResult Summarize(List<(double Bare, double Cold)> pairs)
    {
        var ratios = pairs.Select(pair => pair.Cold / pair.Bare).Order().ToArray();
        return new PairedColdRatioResult(
            pairs.Count,
            OperationsPerBlock,
            Median(ratios),
            Percentile(ratios, 0.25),
            Percentile(ratios, 0.75),
            Median(pairs.Select(pair => pair.Bare).Order().ToArray()),
            Median(pairs.Select(pair => pair.Cold).Order().ToArray()));
    }

    private static double Median(double[] sorted) => Percentile(sorted, 0.5);

    private static double Percentile(double[] sorted, double share)
    {
        var position = share * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}

/// <summary>What <see cref="PairedColdRatio"/> measured, as bench/report.py reads it.</summary>
internal sealed record PairedColdRatioResult(
    int Pairs,
    int OperationsPerBlock,
    double MedianRatio,
    double LowerQuartileRatio,
    double UpperQuartileRatio,
    double MedianBareMicroseconds,
    double MedianColdMicroseconds);

[System.Text.Json.Serialization.JsonSerializable(typeof(PairedColdRatioResult))]
internal sealed partial class PairedJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
