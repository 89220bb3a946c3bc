#!/usr/bin/env python3
"""Turns BenchmarkDotNet's JSON export into bench/results/latest.md (called by bench/run.sh)."""

import argparse
import glob
import json
import os
import platform
import subprocess
import sys

# The goals of issue 3 ("Done when") and issue 7 item 3, on the medians of one run.
COLD_RATIO_GOAL = 1.2
CACHE_HIT_NS_GOAL = 1000.0
# A standard deviation above this share of the mean marks a run the machine's other load disturbed.
NOISY_RELATIVE_SPREAD = 0.05
BASELINE, COLD, HIT, AUTH = "BareRsaVerify", "ColdVerify", "CacheHit", "AuthConstruction"


def main():
    args = parse_args()
    host, benchmarks = load(args.results)
    by_name = {b["Method"]: b for b in benchmarks}
    missing = [name for name in (BASELINE, COLD, HIT, AUTH) if name not in by_name]
    if missing:
        sys.exit(f"report.py: no results for {', '.join(missing)} in {args.results}")

    out = []
    out.append("# Benchmark results")
    out.append("")
    out.append(f"Written by `bench/run.sh{' --quick' if args.mode == 'quick' else ''}` "
               f"({'BenchmarkDotNet short job: 1 launch, 3 warm-ups, 20 iterations of 250 ms' if args.mode == 'quick' else 'BenchmarkDotNet default job'}; "
               f"build and run took {format_duration(args.seconds)}). All figures come from one BenchmarkDotNet run, "
               "so the ratios compare measurements taken side by side; goals are judged on medians, "
               "and a ratio goal counts as met only when the minimums meet it too.")
    out.append("")
    out.extend(machine_section(host, args.repo))
    out.extend(table_section(benchmarks))
    out.extend(goals_section(by_name))
    out.extend(profile_section(args.profile))
    print("\n".join(out))


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--results", required=True, help="BenchmarkDotNet.Artifacts/results")
    parser.add_argument("--profile", required=True, help="bench/perf_stages.py's section (or why it was not run)")
    parser.add_argument("--repo", required=True, help="the repository root, for the commit")
    parser.add_argument("--mode", choices=("quick", "full"), required=True)
    parser.add_argument("--seconds", type=int, required=True, help="how long build and run took")
    return parser.parse_args()


def load(results_dir):
    files = sorted(glob.glob(os.path.join(results_dir, "*-report-full-compressed.json")))
    if not files:
        sys.exit(f"report.py: no BenchmarkDotNet JSON export in {results_dir}")
    host, benchmarks = None, []
    for path in files:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        host = host or data["HostEnvironmentInfo"]
        benchmarks.extend(data["Benchmarks"])
    return host, benchmarks


def machine_section(host, repo):
    cores = os.cpu_count()
    return [
        "## Machine",
        "",
        f"- CPU: {cpu_model()} ({cores} logical cores; BenchmarkDotNet: "
        f"{host.get('PhysicalCoreCount')} physical, {host.get('LogicalCoreCount')} logical)",
        f"- OS: {os_name()} (kernel {platform.release()}, {host.get('Architecture', platform.machine())})",
        f"- .NET: {host.get('RuntimeVersion')}, SDK {host.get('DotNetCliVersion')}; "
        f"BenchmarkDotNet {host.get('BenchmarkDotNetVersion')}",
        f"- Commit: {commit(repo)}",
        "",
    ]


def table_section(benchmarks):
    lines = [
        "## Token verification (networkless PEM key, 2048-bit RS256 session token)",
        "",
        "| Benchmark | Mean | Median | Min | Allocated | Median vs bare RSA |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    baseline = next(b for b in benchmarks if b["Method"] == BASELINE)
    for b in benchmarks:
        stats = b["Statistics"]
        ratio = stats["Median"] / baseline["Statistics"]["Median"]
        lines.append(f"| `{b['Method']}` | {format_ns(stats['Mean'])} | {format_ns(stats['Median'])} | "
                     f"{format_ns(stats['Min'])} | {format_bytes(allocated(b))} | {ratio:.3f}× |")
    lines.append("")
    noisy = [b["Method"] for b in benchmarks
             if b["Statistics"]["StandardDeviation"] > NOISY_RELATIVE_SPREAD * b["Statistics"]["Mean"]]
    if noisy:
        lines.append(f"Noisy run: {', '.join(f'`{name}`' for name in noisy)} varied by more than "
                     f"{NOISY_RELATIVE_SPREAD:.0%} (standard deviation over mean) between iterations, so other load "
                     "on the machine moved these figures; the minimums are the least disturbed.")
        lines.append("")
    return lines


def goals_section(by_name):
    bare = by_name[BASELINE]["Statistics"]["Median"]
    cold = by_name[COLD]["Statistics"]["Median"]
    hit = by_name[HIT]["Statistics"]["Median"]
    hit_bytes = allocated(by_name[HIT])
    cold_ratio = cold / bare
    cold_mean_ratio = by_name[COLD]["Statistics"]["Mean"] / by_name[BASELINE]["Statistics"]["Mean"]
    cold_min_ratio = by_name[COLD]["Statistics"]["Min"] / by_name[BASELINE]["Statistics"]["Min"]
    # Other load on a shared machine only ever adds time, and can flatter a ratio of medians as easily as spoil it:
    # the goal counts as met only when the minimums agree.
    cold_met = cold_ratio <= COLD_RATIO_GOAL and cold_min_ratio <= COLD_RATIO_GOAL
    hit_met = hit < CACHE_HIT_NS_GOAL and hit_bytes == 0
    lines = [
        "## Goals",
        "",
        "| Goal | Measured | Verdict |",
        "|---|---|---|",
        f"| Cold verification ≤ {COLD_RATIO_GOAL}× bare `RSA.VerifyData` | "
        f"{cold_ratio:.3f}× ({format_ns(cold)} / {format_ns(bare)}, medians; means: {cold_mean_ratio:.3f}×, "
        f"minimums: {cold_min_ratio:.3f}×) | "
        f"{'met' if cold_met else 'not met'} |",
        f"| Cache hit < 1 µs with 0 B allocated | {format_ns(hit)}, {format_bytes(hit_bytes)} | "
        f"{'met' if hit_met else 'not met'} |",
        "",
    ]
    if not cold_met:
        lines += [f"Cold verification is the goal not met: it spends {format_ns(cold - bare)} beyond the bare RSA check "
                  f"(medians), against a budget of {format_ns((COLD_RATIO_GOAL - 1) * bare)}. The profile below shows "
                  "where that time goes.", ""]
    lines += [
        f"`{AUTH}` (building `Clerk.Auth` from a verdict, once per request): "
        f"{format_ns(by_name[AUTH]['Statistics']['Median'])}, {format_bytes(allocated(by_name[AUTH]))}.",
        "",
    ]
    return lines


def profile_section(path):
    with open(path, encoding="utf-8") as f:
        text = f.read().strip()
    return ["## Profile of a cold verification", "", text, ""]


def allocated(benchmark):
    return (benchmark.get("Memory") or {}).get("BytesAllocatedPerOperation")


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def os_name():
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.system()


def commit(repo):
    def git(*args):
        return subprocess.run(["git", "-C", repo, *args], capture_output=True, text=True, check=False).stdout.strip()

    sha = git("rev-parse", "HEAD") or "unknown (not a git checkout)"
    dirty = git("status", "--porcelain", "--untracked-files=no")
    return f"`{sha}`" + (" with uncommitted changes" if dirty else "")


def format_ns(ns):
    if ns >= 1_000_000:
        return f"{ns / 1_000_000:,.2f} ms"
    if ns >= 1_000:
        return f"{ns / 1_000:,.2f} µs"
    return f"{ns:,.1f} ns"


def format_bytes(count):
    return "n/a" if count is None else f"{count:,} B"


def format_duration(seconds):
    minutes, rest = divmod(seconds, 60)
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"


if __name__ == "__main__":
    main()
