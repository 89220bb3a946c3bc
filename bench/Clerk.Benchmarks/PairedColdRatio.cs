using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Clerk.Bench;

namespace Clerk.Benchmarks;

/// <summary>
/// Cold verification against the bare RSA check, measured as pairs of short back-to-back blocks, one of each, in one
/// process: the ratio of each pair, and the median over hundreds of pairs. Then, the same way for half as long, a cold
/// verification whose route reads the v2 lists (the permissions, features and plans decoded on first use).
/// </summary>
/// <remarks>
/// Why this exists beside BenchmarkDotNet: BenchmarkDotNet measures one benchmark after the other, seconds apart, so
/// on a shared virtual machine whose speed drifts with its neighbours' load the ratio of two medians moves as much as
/// the work does (1.16× and 1.69× in back-to-back runs of identical code). Here both sides of every ratio are taken
/// within about 20 ms of each other, so drift moves both alike and cancels, and a burst that lands on one block spoils
/// one pair of hundreds, which the median discards. The work per operation is exactly the BenchmarkDotNet methods'
/// (<see cref="TokenVerificationBenchmarks.BareRsaVerify"/>, <see cref="TokenVerificationBenchmarks.ColdVerify"/>,
/// <see cref="TokenVerificationBenchmarks.ColdVerifyThenOrgPermissions"/>), on the same objects; the order within a
/// pair alternates so neither side always runs second.
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
            MeasurePairs(benchmarks, Operation.ColdThenLists, TimeSpan.FromSeconds(2));

            // The goal's pairs first, exactly as they always were; then, for half as long, the same with the lists read.
            var cold = MeasurePairs(benchmarks, Operation.Cold, duration);
            var coldThenLists = MeasurePairs(benchmarks, Operation.ColdThenLists, duration / 2);
            var result = Summarize(cold, coldThenLists);
            File.WriteAllText(outputPath, JsonSerializer.Serialize(result, PairedJsonContext.Default.PairedColdRatioResult));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Paired cold/bare ratio: median {result.MedianRatio:F3} over {result.Pairs} pairs " +
                $"(bare {result.MedianBareMicroseconds:F2} µs, cold {result.MedianColdMicroseconds:F2} µs); " +
                $"cold then the v2 lists: {result.MedianColdThenListsRatio:F3}"));
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    /// <summary>Pairs of a bare RSA block and an <paramref name="other"/> block, in alternating order.</summary>
    private static List<(double Bare, double Other)> MeasurePairs(
        TokenVerificationBenchmarks benchmarks, Operation other, TimeSpan duration)
    {
        var pairs = new List<(double, double)>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            double bare, measured;
            if (pairs.Count % 2 == 0)
            {
                bare = TimeBlock(benchmarks, Operation.Bare);
                measured = TimeBlock(benchmarks, other);
            }
            else
            {
                measured = TimeBlock(benchmarks, other);
                bare = TimeBlock(benchmarks, Operation.Bare);
            }

            pairs.Add((bare, measured));
        }

        return pairs;
    }

    /// <summary>Microseconds per operation over one block.</summary>
    private static double TimeBlock(TokenVerificationBenchmarks benchmarks, Operation operation)
    {
        var valid = true;
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < OperationsPerBlock; i++)
        {
            valid &= operation switch
            {
                Operation.Bare => benchmarks.BareRsaVerify(),
                Operation.Cold => benchmarks.ColdVerify().IsValid,
                _ => benchmarks.ColdVerifyThenOrgPermissions() > 0,
            };
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        if (!valid)
        {
            throw new InvalidOperationException("A verification failed during the paired measurement.");
        }

        return elapsed.TotalMicroseconds / OperationsPerBlock;
    }

    private static PairedColdRatioResult Summarize(List<(double Bare, double Other)> cold, List<(double Bare, double Other)> coldThenLists)
    {
        var ratios = Ratios(cold);
        return new PairedColdRatioResult(
            cold.Count,
            OperationsPerBlock,
            Median(ratios),
            Percentile.Of(ratios, 0.25),
            Percentile.Of(ratios, 0.75),
            Median(cold.Select(pair => pair.Bare).Order().ToArray()),
            Median(cold.Select(pair => pair.Other).Order().ToArray()),
            Median(Ratios(coldThenLists)),
            Median(coldThenLists.Select(pair => pair.Other).Order().ToArray()));

        static double[] Ratios(List<(double Bare, double Other)> pairs) => pairs.Select(pair => pair.Other / pair.Bare).Order().ToArray();
    }

    private static double Median(double[] sorted) => Percentile.Of(sorted, 0.5);
}

/// <summary>What <see cref="PairedColdRatio"/> measured, as bench/report.py reads it.</summary>
internal sealed record PairedColdRatioResult(
    int Pairs,
    int OperationsPerBlock,
    double MedianRatio,
    double LowerQuartileRatio,
    double UpperQuartileRatio,
    double MedianBareMicroseconds,
    double MedianColdMicroseconds,
    double MedianColdThenListsRatio,
    double MedianColdThenListsMicroseconds);

/// <summary>What one block repeats.</summary>
internal enum Operation
{
    Bare,
    Cold,
    ColdThenLists,
}

[System.Text.Json.Serialization.JsonSerializable(typeof(PairedColdRatioResult))]
internal sealed partial class PairedJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
