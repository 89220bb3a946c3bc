"""The generator build-time section: BenchmarkDotNet's export of bench/Clerk.Generator.Benchmarks, the paired rounds
(`--paired`) and the facts its `--verify` step recorded, with the prose beside it in bench/generator/."""

import os
import re

from . import benchmarkdotnet as bdn
from . import goals, parts
from .files import read_json, read_text
from .markdown import table
from .units import bytes_short, ns_short, ratio_short

COLD, INCREMENTAL = "ColdRunBenchmarks", "IncrementalRunBenchmarks"
OURS, RDG = "Ours", "Rdg"
NOISY_RELATIVE_SPREAD = 0.25  # a standard deviation above a quarter of the mean is flagged
HERE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "generator")


def add_arguments(parser):
    parser.add_argument("--results", required=True)
    parser.add_argument("--projects", required=True)
    parser.add_argument("--mode", default="full")
    parser.add_argument("--seconds", type=int, default=0)
    parser.add_argument("--out", required=True)
    parser.add_argument("--profile", help="optional Markdown: where our time goes")
    parser.add_argument("--paired", help="optional JSON of the paired rounds (Clerk.Generator.Benchmarks --paired)")
    parser.add_argument("--paired-seconds", type=int, default=0)


def run(args):
    host, benchmarks = bdn.load(args.results)
    runs = {}
    for b in benchmarks:
        size = re.search(r"RouteFiles=(\d+)", b.get("Parameters", ""))
        if size and b.get("Statistics"):
            runs[(b["Type"], b["Method"], int(size.group(1)))] = b
    has_paired = args.paired and os.path.exists(args.paired)
    paired = {int(k): v for k, v in read_json(args.paired).items()} if has_paired else {}
    facts = read_json(args.projects)
    report = GeneratorReport(runs, paired, {int(k): v for k, v in facts["endpoints"].items()})

    lines = introduction(args, facts, paired) + report.cold_table() + report.incremental_table()
    lines += ["", read_text(os.path.join(HERE, "method.md"))]
    if args.profile and os.path.exists(args.profile):
        lines += ["", read_text(args.profile)]
    machine = (f"{host.get('ProcessorName', '?')}, {host.get('PhysicalCoreCount', '?')} cores, "
               f"{host.get('OsVersion', '?')}, .NET {host.get('RuntimeVersion', '?')}; ") if host else ""
    lines += ["", f"Run: {machine}{args.mode} mode, {args.seconds} s including the build and the checks."]
    parts.write(args.out, "generator", lines, report.records)


def introduction(args, facts, paired):
    # The reference pack's version is the fourth folder up from RDG's dll (<version>/analyzers/dotnet/cs/<dll>).
    pack = os.path.basename(os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(
        facts["requestDelegateGenerator"])))))
    return [
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
    ]


class GeneratorReport:
    """The two tables and their goal records. Goals are judged on the paired rounds when they ran, else on
    BenchmarkDotNet's medians."""

    def __init__(self, runs, paired, endpoints):
        self.runs, self.paired, self.endpoints = runs, paired, endpoints
        self.records = []

    def run(self, kind, side, size):
        return self.runs.get((kind, side, size))

    def paired_ratio(self, size, key):
        """The paired median of `key` at `size` (None when the paired rounds did not run) and its quartiles as text."""
        p = self.paired.get(size)
        if not p:
            return None, "not measured"
        return p[key], f"{ratio_short(p[key + 'Low'])}–{ratio_short(p[key + 'High'])}, {p['Rounds']} rounds"

    def judge(self, kind, size, paired_value, spread, median_value, numerator, denominator):
        """The goal of this kind at this size: its verdict and record (kept), and its table cell."""
        goal = goals.by_id(f"generator.{kind}.{size}")
        judged = paired_value if paired_value is not None else median_value
        measured = (("" if paired_value is None else f"{ratio_short(paired_value)} paired ({spread}); ")
                    + f"BenchmarkDotNet medians {ratio_short(median_value)} ({ns_short(bdn.stat(numerator, 'Median'))} "
                      f"against {ns_short(bdn.stat(denominator, 'Median'))})")
        self.records.append(goal.row(judged, measured, files=f"{size:,}", endpoints=self.endpoints.get(size, "?"),
                                     judged_on="median of paired rounds" if paired_value is not None else "medians"))
        return f"{goal.limit} {'met' if goal.met(judged) else 'NOT met'}"

    def cold_table(self):
        rows = []
        for size in goals.ROUTE_FILES:
            ours, rdg = self.run(COLD, OURS, size), self.run(COLD, RDG, size)
            ratio = bdn.median_ratio(ours, rdg)
            paired, spread = self.paired_ratio(size, "ColdRatio")
            verdict = self.judge("cold", size, paired, spread, ratio, ours, rdg)
            rows.append((f"{size:,}", f"{self.endpoints.get(size, 'n/a'):,}", time_cell(ours),
                         bytes_short(bdn.allocated(ours)), time_cell(rdg), bytes_short(bdn.allocated(rdg)),
                         ratio_short(ratio), paired_cell(paired, spread), verdict))
        return ["### Cold run (a build)", ""] + table(
            ("Route files", "Endpoints", "Route generator", "allocated", "RDG", "allocated", "ours / RDG (medians)",
             "ours / RDG paired (quartiles)", "goal"), "rrrrrrrrl", rows)

    def incremental_table(self):
        rows = []
        for size in goals.ROUTE_FILES:
            ours, rdg = self.run(INCREMENTAL, OURS, size), self.run(INCREMENTAL, RDG, size)
            ours_cold = self.run(COLD, OURS, size)
            ours_share = bdn.median_ratio(ours, ours_cold)
            paired, spread = self.paired_ratio(size, "IncrementalShare")
            verdict = self.judge("incremental", size, paired, spread, ours_share, ours, ours_cold)
            rows.append((f"{size:,}", time_cell(ours), bytes_short(bdn.allocated(ours)), ratio_short(ours_share),
                         paired_cell(paired, spread), time_cell(rdg), bytes_short(bdn.allocated(rdg)),
                         ratio_short(bdn.median_ratio(rdg, self.run(COLD, RDG, size))), verdict))
        return ["", "### Incremental run (after a one-handler-body edit)", ""] + table(
            ("Route files", "Route generator", "allocated", "of its cold run (medians)",
             "of its cold run, paired (quartiles)", "RDG", "allocated", "of its cold run", "goal"), "rrrrrrrrl", rows)


def time_cell(b):
    if not b:
        return "not measured"
    flag = " ⚠" if bdn.noisy(b, NOISY_RELATIVE_SPREAD) else ""
    return f"{ns_short(bdn.stat(b, 'Median'))} ({ns_short(bdn.stat(b, 'Min'))}){flag}"


def paired_cell(value, spread):
    return spread if value is None else f"{ratio_short(value)} ({spread})"
