#!/usr/bin/env python3
"""Writes bench/results/latest.md (called by bench/run.sh): the token-verification and pipeline figures from
BenchmarkDotNet's JSON export and the paired cold/bare measurement, then the sections the other parts wrote (generator,
load test, Native AOT), with every part's goals gathered into one table at the top."""

import argparse
import glob
import json
import os
import platform
import subprocess
import sys

from machine import cpu_model, head_commit, os_name

# The goals of issue 3 ("Done when") and issue 7 item 3, on the medians of one run.
COLD_RATIO_GOAL = 1.2
CACHE_HIT_NS_GOAL = 1000.0
# A standard deviation above this share of the mean marks a run the machine's other load disturbed.
NOISY_RELATIVE_SPREAD = 0.05
BASELINE, COLD, HIT, AUTH = "BareRsaVerify", "ColdVerify", "CacheHit", "AuthConstruction"
COLD_WITH_LISTS = "ColdVerifyThenOrgPermissions"
TOKEN_CLASS, PIPELINE_CLASS = "TokenVerificationBenchmarks", "PipelineBenchmarks"
PROTECTED, UNPROTECTED = "ProtectedRequest", "UnprotectedRequest"
# The parts bench/run.sh runs besides the token benchmarks, in report order: (file stem, what it measures). Each writes
# <stem>.md (its section) and <stem>.goals.json ([{"goal", "measured", "met"}]) into the parts directory.
PARTS = (("generator", "Generator build time"), ("loadtest", "Requests over loopback (wrk)"), ("aot", "Native AOT"))


def main():
    args = parse_args()
    host, benchmarks = load(args.results)
    tokens = [b for b in benchmarks if b["Type"] == TOKEN_CLASS]
    pipeline = [b for b in benchmarks if b["Type"] == PIPELINE_CLASS]
    by_name = {b["Method"]: b for b in tokens}
    tokens_ran = (all(name in by_name for name in (BASELINE, COLD, COLD_WITH_LISTS, HIT, AUTH))
                  and os.path.exists(args.paired))
    if tokens_ran:
        paired = load_paired(args.paired)
        token_goals, token_notes = token_goals_and_notes(by_name, paired)
        token_lines = table_section(tokens) + paired_section(paired) + token_notes
    else:
        token_goals = [{"goal": "`tokens` part ran", "measured": "no results", "met": False}]
        token_lines = ["## Token verification", "", "Not run in this report.", ""]
    parts = [(stem, title, *load_part(args.parts, stem)) for stem, title in PARTS]

    out = []
    out.append("# Benchmark results")
    out.append("")
    out.append(f"Written by `bench/run.sh{' --quick' if args.mode == 'quick' else ''}` "
               f"({'quick mode: BenchmarkDotNet short job, 1 launch, 3 warm-ups, 20 iterations of 250 ms' if args.mode == 'quick' else 'BenchmarkDotNet default job'}; "
               f"build and run took {format_duration(args.seconds)}). Every ratio compares measurements taken side by side "
               "in this run on this machine; goals are judged on medians.")
    out.append("")
    out.extend(machine_section(host, args.repo))
    out.extend(all_goals_section([("Token verification", token_goals)]
                                 + [(title, goals) for _, title, _, goals in parts]))
    out.extend(token_lines)
    out.extend(pipeline_section(pipeline))
    if tokens_ran:
        out.extend(profile_section(args.profile))
    for stem, title, section, _ in parts:
        out.extend(section or [f"## {title}", "", f"Not run in this report (no `{stem}.md` in the parts directory).", ""])
    print("\n".join(out))


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--results", required=True, help="BenchmarkDotNet.Artifacts/results")
    parser.add_argument("--profile", required=True, help="bench/perf_stages.py's section (or why it was not run)")
    parser.add_argument("--paired", required=True, help="Clerk.Benchmarks --paired's JSON")
    parser.add_argument("--parts", required=True, help="where the other parts wrote <stem>.md and <stem>.goals.json")
    parser.add_argument("--repo", required=True, help="the repository root, for the commit")
    parser.add_argument("--mode", choices=("quick", "full"), required=True)
    parser.add_argument("--seconds", type=int, required=True, help="how long build and run took")
    return parser.parse_args()


def load(results_dir):
    files = sorted(glob.glob(os.path.join(results_dir, "*-report-full-compressed.json")))
    host, benchmarks = {}, []
    for path in files:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        host = host or data["HostEnvironmentInfo"]
        benchmarks.extend(data["Benchmarks"])
    return host, benchmarks


def load_paired(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_part(parts_dir, stem):
    """A part's section lines and goals, or (None, a goal saying it did not run) when it wrote nothing."""
    section_path = os.path.join(parts_dir, f"{stem}.md")
    goals_path = os.path.join(parts_dir, f"{stem}.goals.json")
    if not os.path.exists(section_path) or not os.path.exists(goals_path):
        return None, [{"goal": f"`{stem}` part ran", "measured": "no results", "met": False}]
    with open(section_path, encoding="utf-8") as f:
        section = f.read().strip().splitlines() + [""]
    with open(goals_path, encoding="utf-8") as f:
        goals = json.load(f)
    return section, goals


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


def all_goals_section(parts):
    lines = ["## Goals", "", "| Part | Goal | Measured | Verdict |", "|---|---|---|---|"]
    for title, goals in parts:
        for goal in goals:
            lines.append(f"| {title} | {goal['goal']} | {goal['measured']} | {'met' if goal['met'] else '**not met**'} |")
    unmet = sum(1 for _, goals in parts for goal in goals if not goal["met"])
    lines += ["", "Every goal is met." if unmet == 0 else
              f"{unmet} goal{'s' if unmet > 1 else ''} not met: the part's section below says why.", ""]
    return lines


def table_section(benchmarks):
    lines = [
        "## Token verification (networkless PEM key, 2048-bit RS256 session token)",
        "",
        "BenchmarkDotNet, one method after the other:",
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


def paired_section(paired):
    return [
        "Paired (`Clerk.Benchmarks --paired`): blocks of "
        f"{paired['OperationsPerBlock']} bare RSA checks and {paired['OperationsPerBlock']} cold verifications "
        f"alternated in one process, {paired['Pairs']:,} pairs. BenchmarkDotNet measures one method seconds after the "
        "other, so a virtual machine whose speed drifts with its neighbours' load moves its ratio of medians as much "
        "as the code does; each pair here is taken within milliseconds, so drift cancels within it, and a burst "
        "spoils one pair of hundreds, which the median discards.",
        "",
        "| Measure | Bare RSA | Cold verification | Ratio |",
        "|---|--:|--:|--:|",
        f"| Median per operation | {paired['MedianBareMicroseconds']:.2f} µs | {paired['MedianColdMicroseconds']:.2f} µs | "
        f"{paired['MedianColdMicroseconds'] / paired['MedianBareMicroseconds']:.3f}× |",
        f"| Median of the pairs' ratios (quartiles) | | | {paired['MedianRatio']:.3f}× "
        f"({paired['LowerQuartileRatio']:.3f}–{paired['UpperQuartileRatio']:.3f}) |",
        "",
    ]


def token_goals_and_notes(by_name, paired):
    """Issue 3's goals as goal records, and the lines that explain them."""
    bare = by_name[BASELINE]["Statistics"]["Median"]
    cold = by_name[COLD]["Statistics"]["Median"]
    hit = by_name[HIT]["Statistics"]["Median"]
    hit_bytes = allocated(by_name[HIT])
    separate_ratio = cold / bare
    paired_ratio = paired["MedianRatio"]
    # Judged on the paired ratio, the one measurement whose two sides saw the same machine; BenchmarkDotNet's ratio
    # of separate medians is shown beside it.
    cold_met = paired_ratio <= COLD_RATIO_GOAL
    hit_met = hit < CACHE_HIT_NS_GOAL and hit_bytes == 0
    goals = [
        {"goal": f"Cold verification ≤ {COLD_RATIO_GOAL}× bare `RSA.VerifyData`",
         "measured": f"{paired_ratio:.3f}× (median of {paired['Pairs']:,} paired ratios; BenchmarkDotNet's separate "
                     f"medians: {separate_ratio:.3f}×)",
         "met": cold_met},
        {"goal": "Cache hit < 1 µs with 0 B allocated", "measured": f"{format_ns(hit)}, {format_bytes(hit_bytes)}",
         "met": hit_met},
    ]
    notes = []
    if not cold_met:
        notes += [f"Cold verification is the goal not met: {paired_ratio:.3f}× its RSA check, against "
                  f"{COLD_RATIO_GOAL}×. The profile below shows where the time beyond the RSA check goes.", ""]
    with_lists = by_name[COLD_WITH_LISTS]
    notes += [f"Cold verification on a route that then checks a permission, feature or plan (`{COLD_WITH_LISTS}`: the "
              "v2 lists are type-checked during verification but taken apart on first read, then kept with the cached "
              f"verdict), paired the same way after them: {paired['MedianColdThenListsMicroseconds']:.2f} µs, "
              f"{paired['MedianColdThenListsRatio']:.3f}× bare RSA (median of the pairs' ratios), "
              f"{format_bytes(allocated(with_lists))} allocated.", ""]
    notes += [
        f"`{AUTH}` (building `Clerk.Auth` from a verdict, once per request): "
        f"{format_ns(by_name[AUTH]['Statistics']['Median'])}, {format_bytes(allocated(by_name[AUTH]))}.",
        "",
    ]
    return goals, notes


def pipeline_section(pipeline):
    by_name = {b["Method"]: b for b in pipeline}
    if PROTECTED not in by_name or UNPROTECTED not in by_name:
        return ["## A request through the whole pipeline (in-process)", "", "Not run in this report.", ""]
    peer = by_name[UNPROTECTED]["Statistics"]["Median"]
    lines = [
        "## A request through the whole pipeline (in-process)",
        "",
        "An ASP.NET Core app on `TestServer` (no sockets): `AddClerk()` with the PEM key, `MapRouteHandlers()`, the same "
        "handler generated twice, once `[Protected]` (a valid bearer token, verified once and then a cache hit) and "
        "once not; the client's request and the response body read are part of each operation.",
        "",
        "| Benchmark | Median | Min | Allocated | Median vs unprotected |",
        "|---|--:|--:|--:|--:|",
    ]
    for name in (UNPROTECTED, PROTECTED):
        stats = by_name[name]["Statistics"]
        lines.append(f"| `{name}` | {format_ns(stats['Median'])} | {format_ns(stats['Min'])} | "
                     f"{format_bytes(allocated(by_name[name]))} | {stats['Median'] / peer:.3f}× |")
    lines.append("")
    return lines


def profile_section(path):
    with open(path, encoding="utf-8") as f:
        text = f.read().strip()
    return ["## Profile of a cold verification", "", text, ""]


def allocated(benchmark):
    return (benchmark.get("Memory") or {}).get("BytesAllocatedPerOperation")


def commit(repo):
    sha = head_commit(repo) or "unknown (not a git checkout)"
    # The report itself is rewritten by every run, so it never counts as a change to the measured code.
    dirty = subprocess.run(
        ["git", "-C", repo, "status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/results/latest.md"],
        capture_output=True, text=True, check=False).stdout.strip()
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
