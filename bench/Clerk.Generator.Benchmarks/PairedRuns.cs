using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Clerk.Bench;
using Clerk.Generator.Benchmarks.Projects;

namespace Clerk.Generator.Benchmarks;

/// <summary>
/// The generator goals' two ratios measured in rounds of back-to-back blocks in one process: our cold run, RDG's cold
/// run and our incremental run over the same project, then each round's ratios (ours / RDG cold, our incremental /
/// our cold) and their medians over the rounds.
/// </summary>
/// <remarks>
/// Why this exists beside BenchmarkDotNet, as for token verification: BenchmarkDotNet measures one case after the
/// other, a minute or more apart, and on this shared virtual machine the speed drifts with the neighbours' load, so a
/// ratio of two medians moves as much as the work does (an incremental run over 10 route files read 441 µs and 516 µs
/// in two runs of identical code, while its cold run read 7.2 ms and 5.3 ms). Within a round the blocks are a few
/// tens of milliseconds apart, so drift cancels in a round's ratio and a burst spoils one round, which the median
/// drops. The work per run is exactly the benchmark methods': <see cref="GeneratorWorkload.RunCold"/> and
/// <see cref="GeneratorWorkload.RunAfterEdit"/> on the same workloads; the order within a round alternates.
/// </remarks>
internal static class PairedRuns
{
    // Long enough per block that the timing calls vanish, short enough that the machine barely changes within a round.
    private static readonly TimeSpan BlockTarget = TimeSpan.FromMilliseconds(25);

    public static void Run(TimeSpan perSize, string outputPath)
    {
        var results = new Dictionary<string, PairedSize>();
        foreach (var size in new[] { 10, 100, 1000 })
        {
            results[size.ToString(CultureInfo.InvariantCulture)] = Measure(size, perSize);
            var r = results[size.ToString(CultureInfo.InvariantCulture)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{size} route files, {r.Rounds} rounds: cold ours/RDG {r.ColdRatio:F3}, incremental/cold {r.IncrementalShare:F3}"));
        }
        File.WriteAllText(outputPath, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static PairedSize Measure(int size, TimeSpan duration)
    {
        var ours = RouteFileProject.Create(size);
        var rdg = MinimalApiProject.Create(size);
        ours.Verify(compile: false);
        rdg.Verify(compile: false);
        var ranOnce = ours.RunBeforeEdit();

        Action oursCold = () => ours.RunCold();
        Action rdgCold = () => rdg.RunCold();
        Action oursIncremental = () => ours.RunAfterEdit(ranOnce);
        // A few runs of each first (JIT, caches), then how many runs fill a block.
        var counts = new[] { oursCold, rdgCold, oursIncremental }.Select(Calibrate).ToArray();

        var coldRatios = new List<double>();
        var incrementalShares = new List<double>();
        var times = new List<(double OursCold, double RdgCold, double OursIncremental)>();
        var clock = Stopwatch.StartNew();
        for (var round = 0; clock.Elapsed < duration || round < 5; round++)
        {
            double a, b, c;
            if (round % 2 == 0)
            {
                a = Time(oursCold, counts[0]);
                b = Time(rdgCold, counts[1]);
                c = Time(oursIncremental, counts[2]);
            }
            else
            {
                c = Time(oursIncremental, counts[2]);
                b = Time(rdgCold, counts[1]);
                a = Time(oursCold, counts[0]);
            }
            coldRatios.Add(a / b);
            incrementalShares.Add(c / a);
            times.Add((a, b, c));
        }
        return new PairedSize(
            Rounds: coldRatios.Count,
            ColdRatio: Quantile(coldRatios, 0.5), ColdRatioLow: Quantile(coldRatios, 0.25), ColdRatioHigh: Quantile(coldRatios, 0.75),
            IncrementalShare: Quantile(incrementalShares, 0.5), IncrementalShareLow: Quantile(incrementalShares, 0.25),
            IncrementalShareHigh: Quantile(incrementalShares, 0.75),
            OursColdMilliseconds: Quantile(times.Select(t => t.OursCold), 0.5),
            RdgColdMilliseconds: Quantile(times.Select(t => t.RdgCold), 0.5),
            OursIncrementalMilliseconds: Quantile(times.Select(t => t.OursIncremental), 0.5));
    }

    private static int Calibrate(Action run)
    {
        for (var warm = 0; warm < 3; warm++)
        {
            run();
        }
        var once = Time(run, 1);
        return Math.Max(1, (int)(BlockTarget.TotalMilliseconds / once));
    }

    /// <summary>Milliseconds per run over a block of <paramref name="count"/> runs.</summary>
    private static double Time(Action run, int count)
    {
        var started = Stopwatch.GetTimestamp();
        for (var index = 0; index < count; index++)
        {
            run();
        }
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds / count;
    }

    private static double Quantile(IEnumerable<double> values, double share) => Percentile.Of(values.Order().ToList(), share);

    private sealed record PairedSize(
        int Rounds,
        double ColdRatio, double ColdRatioLow, double ColdRatioHigh,
        double IncrementalShare, double IncrementalShareLow, double IncrementalShareHigh,
        double OursColdMilliseconds, double RdgColdMilliseconds, double OursIncrementalMilliseconds);
}
