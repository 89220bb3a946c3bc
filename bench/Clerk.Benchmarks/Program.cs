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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
