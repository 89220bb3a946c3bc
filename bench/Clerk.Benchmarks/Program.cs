using BenchmarkDotNet.Running;
using Clerk.Benchmarks;

// Run through bench/run.sh, which builds Release and writes bench/results/latest.md from the exported results.
// BenchmarkDotNet arguments pass through (for example --filter '*CacheHit*' or --job short).
// `--cold-loop SECONDS` instead verifies uncached tokens in a plain loop, for a sampling profiler (bench/run.sh runs
// it under perf to explain where a cold verification's time goes beyond the RSA check).
if (args is ["--cold-loop", var seconds])
{
    ColdVerifyLoop.Run(TimeSpan.FromSeconds(double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

// `--paired SECONDS FILE`: cold verification against the bare RSA check in interleaved pairs (PairedColdRatio), the
// ratio that a drifting machine cannot move; bench/run.sh writes it to FILE as JSON for the report.
if (args is ["--paired", var pairedSeconds, var output])
{
    PairedColdRatio.Run(TimeSpan.FromSeconds(double.Parse(pairedSeconds, System.Globalization.CultureInfo.InvariantCulture)), output);
    return;
}

// `--fleet SECONDS FILE`: the fleet's shared caches (Fleet/FleetBenchmark): Backend API calls of 1 and 3 app instances
// without and with Redis, then cache hits against the API call for SECONDS; bench/run.sh reports FILE.
if (args is ["--fleet", var fleetSeconds, var fleetOutput])
{
    await Clerk.Benchmarks.Fleet.FleetBenchmark.RunAsync(
        TimeSpan.FromSeconds(double.Parse(fleetSeconds, System.Globalization.CultureInfo.InvariantCulture)), fleetOutput);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
