"""BenchmarkDotNet's JSON export (`--exporters json`): the benchmarks' statistics and the host it ran on."""

import glob
import os

from .files import read_json


def load(results_dir):
    """The host description of the first report and every benchmark of every report in the results folder."""
    host, benchmarks = {}, []
    for path in sorted(glob.glob(os.path.join(results_dir, "*-report-full-compressed.json"))):
        data = read_json(path)
        host = host or data.get("HostEnvironmentInfo") or {}
        benchmarks.extend(data.get("Benchmarks", []))
    return host, benchmarks


def stat(benchmark, name):
    """A statistic in nanoseconds ("Median", "Min", ...), None for a benchmark that did not run."""
    return benchmark["Statistics"][name] if benchmark else None


def allocated(benchmark):
    """Bytes allocated per operation, None when the memory diagnoser did not run."""
    return (benchmark.get("Memory") or {}).get("BytesAllocatedPerOperation") if benchmark else None


def median_ratio(numerator, denominator):
    return stat(numerator, "Median") / stat(denominator, "Median") if numerator and denominator else None


def noisy(benchmark, relative_spread):
    """Whether the iterations varied by more than this share of the mean: other load on the machine moved them."""
    return stat(benchmark, "StandardDeviation") > relative_spread * stat(benchmark, "Mean")
