#!/usr/bin/env python3
"""Writes the generator build-time section (generator.md) and its goals (generator.goals.json) from
BenchmarkDotNet's JSON results of bench/Clerk.Generator.Benchmarks and the facts its --verify step recorded."""

import argparse
import glob
import json
import os
import re

SIZES = (10, 100, 1000)
COLD = "ColdRunBenchmarks"
INCREMENTAL = "IncrementalRunBenchmarks"
OURS = "Ours"
RDG = "Rdg"
COLD_GOAL = 0.5  # our cold run at most half of RDG's, medians
INCREMENTAL_GOAL = 0.10  # our incremental run at most a tenth of our cold run, medians
# Goals are judged on the paired rounds (--paired, Clerk.Generator.Benchmarks' PairedRuns) when they ran, else on
# BenchmarkDotNet's medians.
NOISY_RELATIVE_SPREAD = 0.25  # a standard deviation above a quarter of the mean is flagged


def load(results_dir):
    """{(class, method, route files): benchmark} and the host description of the first report."""
    runs, host = {}, None
    for path in sorted(glob.glob(os.path.join(results_dir, "*-report-full-compressed.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        host = host or data.get("HostEnvironmentInfo")
        for b in data.get("Benchmarks", []):
            size = re.search(r"RouteFiles=(\d+)", b.get("Parameters", ""))
            if size and b.get("Statistics"):
                runs[(b["Type"], b["Method"], int(size.group(1)))] = b
    return runs, host


def format_ns(ns):
    if ns is None:
        return "n/a"
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}" if ns / scale < 100 else f"{ns / scale:.0f} {unit}"
    return f"{ns:.0f} ns"


def format_bytes(value):
    if value is None:
        return "n/a"
    for unit, scale in (("MB", 1 << 20), ("KB", 1 << 10)):
        if value >= scale:
            return f"{value / scale:.3g} {unit}" if value / scale < 100 else f"{value / scale:.0f} {unit}"
    return f"{value} B"


def stat(b, name):
    return b["Statistics"][name] if b else None


def allocated(b):
    return (b.get("Memory") or {}).get("BytesAllocatedPerOperation") if b else None


def time_cell(b):
    if not b:
        return "not measured"
    noisy = " ⚠" if stat(b, "StandardDeviation") > NOISY_RELATIVE_SPREAD * stat(b, "Mean") else ""
    return f"{format_ns(stat(b, 'Median'))} ({format_ns(stat(b, 'Min'))}){noisy}"


def ratio(a, b):
    return stat(a, "Median") / stat(b, "Median") if a and b else None


def format_ratio(r):
    return "n/a" if r is None else f"{r:.2f}×" if r >= 0.1 else f"{r:.3f}×"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--results", required=True)
    parser.add_argument("--projects", required=True)
    parser.add_argument("--mode", default="full")
    parser.add_argument("--seconds", type=int, default=0)
    parser.add_argument("--out", required=True)
    parser.add_argument("--profile", help="optional Markdown: where our time goes")
    parser.add_argument("--paired", help="optional JSON of the paired rounds (Clerk.Generator.Benchmarks --paired)")
    parser.add_argument("--paired-seconds", type=int, default=0)
    args = parser.parse_args()

    paired = {}
    if args.paired and os.path.exists(args.paired):
        with open(args.paired, encoding="utf-8") as f:
            paired = {int(k): v for k, v in json.load(f).items()}

    def paired_ratio(size, key):
        """The paired median of `key` at `size` (None when the paired rounds did not run) and its quartiles as text."""
        p = paired.get(size)
        if not p:
            return None, "not measured"
        return p[key], f"{format_ratio(p[key + 'Low'])}–{format_ratio(p[key + 'High'])}, {p['Rounds']} rounds"

    def paired_cell(value, spread):
        return spread if value is None else f"{format_ratio(value)} ({spread})"

    def paired_measured(value, spread):
        return "" if value is None else f"{format_ratio(value)} paired ({spread}); "

    runs, host = load(args.results)
    with open(args.projects, encoding="utf-8") as f:
        facts = json.load(f)
    endpoints = {int(k): v for k, v in facts["endpoints"].items()}
    pack = os.path.basename(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(facts["requestDelegateGenerator"])))))

    def run(kind, side, size):
        return runs.get((kind, side, size))

    goals, lines = [], []
    lines += [
        "## Generator build time",
        "",
        "What the route generator costs a build, against what ASP.NET Core's RequestDelegateGenerator (RDG, the "
        "source generator behind minimal APIs under Native AOT) costs for the same endpoints: "
        "`bench/Clerk.Generator.Benchmarks`, run by `bench/generator/run.sh"
        + (" --quick" if args.mode == "quick" else "") + "`. "
        "Both generators run in one process through `CSharpGeneratorDriver` (`RunGenerators`) on Roslyn "
        f"{facts['roslyn']} (the machine's compiler; RDG needs 4.13 or newer), RDG from the installed "
        f"Microsoft.AspNetCore.App.Ref {pack}. Time is the median of the iterations with the minimum in parentheses "
        "(⚠: standard deviation above a quarter of the mean, a noisy case); allocated is per run."
        + (f" BenchmarkDotNet measures one case after another, a minute or more apart, and this shared machine's speed "
           f"drifts meanwhile, so the goals are judged on paired rounds (`Clerk.Generator.Benchmarks --paired`, "
           f"{args.paired_seconds} s per size after BenchmarkDotNet): in each round one block of our cold runs, one of "
           f"RDG's and one of our incremental runs, back to back (about 25 ms each, the order alternating), and the "
           f"median over the rounds of each round's ratio, its quartiles in parentheses. The work per run is the "
           f"benchmark methods' own." if paired else ""),
        "",
        "### Cold run (a build)",
        "",
        "| Route files | Endpoints | Route generator | allocated | RDG | allocated | ours / RDG (medians) | ours / RDG paired (quartiles) | goal |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for size in SIZES:
        ours, rdg = run(COLD, OURS, size), run(COLD, RDG, size)
        r = ratio(ours, rdg)
        paired_r, spread = paired_ratio(size, "ColdRatio")
        judged = paired_r if paired_r is not None else r
        met = judged is not None and judged <= COLD_GOAL
        lines.append(f"| {size:,} | {endpoints.get(size, 'n/a'):,} | {time_cell(ours)} | {format_bytes(allocated(ours))} | "
                     f"{time_cell(rdg)} | {format_bytes(allocated(rdg))} | {format_ratio(r)} | {paired_cell(paired_r, spread)} | "
                     f"≤ {COLD_GOAL}× {'met' if met else 'NOT met'} |")
        goals.append({
            "goal": f"Route generator cold run ≤ {COLD_GOAL}× RequestDelegateGenerator's for the same endpoints, "
                    f"{size:,} route files ({endpoints.get(size, '?')} endpoints)"
                    + (", median of paired rounds" if paired_r is not None else ", medians"),
            "measured": paired_measured(paired_r, spread)
                        + f"BenchmarkDotNet medians {format_ratio(r)} ({format_ns(stat(ours, 'Median'))} against "
                          f"{format_ns(stat(rdg, 'Median'))})",
            "met": met,
        })

    lines += [
        "",
        "### Incremental run (after a one-handler-body edit)",
        "",
        "| Route files | Route generator | allocated | of its cold run (medians) | of its cold run, paired (quartiles) | RDG | allocated | of its cold run | goal |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for size in SIZES:
        ours, rdg = run(INCREMENTAL, OURS, size), run(INCREMENTAL, RDG, size)
        ours_share = ratio(ours, run(COLD, OURS, size))
        rdg_share = ratio(rdg, run(COLD, RDG, size))
        paired_share, spread = paired_ratio(size, "IncrementalShare")
        judged = paired_share if paired_share is not None else ours_share
        met = judged is not None and judged <= INCREMENTAL_GOAL
        lines.append(f"| {size:,} | {time_cell(ours)} | {format_bytes(allocated(ours))} | {format_ratio(ours_share)} | "
                     f"{paired_cell(paired_share, spread)} | {time_cell(rdg)} | {format_bytes(allocated(rdg))} | {format_ratio(rdg_share)} | "
                     f"≤ {INCREMENTAL_GOAL:.0%} {'met' if met else 'NOT met'} |")
        goals.append({
            "goal": f"Route generator incremental run ≤ {INCREMENTAL_GOAL:.0%} of its cold run, {size:,} route files"
                    + (", median of paired rounds" if paired_share is not None else ", medians"),
            "measured": paired_measured(paired_share, spread)
                        + f"BenchmarkDotNet medians {format_ratio(ours_share)} ({format_ns(stat(ours, 'Median'))} against "
                          f"{format_ns(stat(run(COLD, OURS, size), 'Median'))})",
            "met": met,
        })

    lines += [
        "",
        "**The synthetic projects.** Route file *i* takes one of seven shapes (*i* mod 7), each in its own folder "
        "`app/api/r{i}/…` so no two share a URL: a static route with a `[Protected]` GET taking `Auth` and returning "
        "`IResult`, and an async POST binding a JSON body record and a `CancellationToken` into `Task<Item>`; "
        "`[id]` as `int` with GET (`[FromQuery] string?`, a record), PUT (`[Protected(Role = \"org:admin\")]`, body "
        "record, `Task<IResult>`) and DELETE; `[id]` as `Guid` with `Auth`, returning `string`; a catch-all "
        "`[...path]`; an optional catch-all `[[...slug]]` returning `Task<string>`; a route group "
        "`(admin)/r{i}/stats` with an admin-only GET taking `Auth` and `[FromQuery] int?`; and `[userId]` as "
        "`string` with GET and a PATCH binding a body record. RDG's project is one Program.cs with one `MapX` call "
        "per handler of ours (grouped in one method per route file): the same route template, the same return type "
        "and body text, `ClaimsPrincipal` where ours takes `Auth`, a `string` catch-all where ours takes `string[]`, "
        "and `.RequireAuthorization()` / `.RequireAuthorization(\"org:admin\")` where ours has `[Protected]`. Both "
        "compile against the installed reference packs (ours adds Clerk.Runtime.dll) with the same parse options.",
        "",
        "**Cold and incremental.** A cold run is a new driver over the project: pipeline set-up, every transform, "
        "emission, and the parse of the generated code. An incremental run starts from a driver that has run once "
        "over the project and runs it over the project with one handler body changed (the `\"body-0\"` literal of "
        "route file 0's GET, or of the lambda of its `MapGet`); only that second run is timed. A driver is "
        "immutable, so the once-run driver prepared in the global set-up starts every invocation and BenchmarkDotNet "
        "batches invocations as usual (no `[IterationSetup]`, whose one-invocation iterations time short runs "
        "badly). Every run, cold or incremental, gets a fresh `Compilation.Clone()` (O(1): the same trees and "
        "references, nothing bound yet), as a build or an IDE edit does; the binding a generator forces (ours: "
        "handler signatures; RDG: each `MapX` invocation and its lambda) is part of its cost. Parsing the project "
        "and creating the compilation are not measured.",
        "",
        "**How RDG runs.** RDG does not gate itself: Microsoft.NET.Sdk.Web hands its dll to the compiler only when "
        "`EnableRequestDelegateGenerator` (or `PublishAot`) is true, and adds `Microsoft.AspNetCore.Http.Generated` "
        "to the `InterceptorsNamespaces` feature so its interceptors compile. The benchmark loads the dll from the "
        "pack, creates the generator and parses with that feature. Before anything is measured, `--verify` runs "
        "both generators over every project, cold and incremental, and fails unless neither threw nor reported a "
        "diagnostic, ours wrote one source per route file plus `RouteHandlers.g.cs`, and RDG wrote one "
        "`[InterceptsLocation]` per `MapX` call; the project of 10 route files (every shape) is compiled with the "
        "generated code and must have no error. Each benchmark process checks its generator's output again in its "
        "global set-up.",
    ]
    if args.profile and os.path.exists(args.profile):
        with open(args.profile, encoding="utf-8") as f:
            lines += ["", f.read().strip()]
    machine = ""
    if host:
        machine = (f"{host.get('ProcessorName', '?')}, {host.get('PhysicalCoreCount', '?')} cores, "
                   f"{host.get('OsVersion', '?')}, .NET {host.get('RuntimeVersion', '?')}; ")
    lines += ["", f"Run: {machine}{args.mode} mode, {args.seconds} s including the build and the checks."]

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "generator.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(args.out, "generator.goals.json"), "w", encoding="utf-8") as f:
        json.dump(goals, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
