"""bench/results/latest.md: the machine, every part's goals in one table, then each part's section."""

import os
import platform
import shutil

from . import benchmarkdotnet as bdn
from . import parts as part_files
from . import tokens
from .files import read_text
from .machine import commit_and_state, cpu_model, os_name
from .markdown import table
from .units import minutes_seconds

# The parts bench/run.sh runs besides the token benchmarks, in report order: (name, section title). Each writes
# <name>.md (its section) and <name>.goals.json (its goal records) into the parts directory.
PARTS = (("generator", "Generator build time"), ("loadtest", "Requests over loopback (wrk)"), ("aot", "Native AOT"),
         ("fleet", "Fleet: shared caches over Redis"))
QUICK_JOB = "quick mode: BenchmarkDotNet short job, 1 launch, 3 warm-ups, 20 iterations of 250 ms"


def add_arguments(parser):
    parser.add_argument("--results", required=True, help="BenchmarkDotNet.Artifacts/results")
    parser.add_argument("--profile", required=True, help="the cold-verification profile (or why none)")
    parser.add_argument("--paired", required=True, help="Clerk.Benchmarks --paired's JSON")
    parser.add_argument("--parts", required=True, help="where the other parts wrote <name>.md and <name>.goals.json")
    parser.add_argument("--repo", required=True, help="the repository root, for the commit")
    parser.add_argument("--mode", choices=("quick", "full"), required=True)
    parser.add_argument("--seconds", type=int, required=True, help="how long build and run took")


def run(args):
    host, benchmarks = bdn.load(args.results)
    token_goals, token_lines, pipeline_lines, tokens_ran = tokens.sections(benchmarks, args.paired)
    parts = [(name, title, *part_files.load(args.parts, name)) for name, title in PARTS]
    quick = args.mode == "quick"
    out = ["# Benchmark results", "",
           f"Written by `bench/run.sh{' --quick' if quick else ''}` "
           f"({QUICK_JOB if quick else 'BenchmarkDotNet default job'}; "
           f"build and run took {minutes_seconds(args.seconds)}). Every ratio compares measurements taken side by side "
           "in this run on this machine; goals are judged on medians. Every goal and its threshold is defined once, in "
           "`bench/benchlib/goals.py`.", ""]
    out += machine_section(host, args.repo)
    out += goals_section([("Token verification", token_goals)] + [(title, records) for _, title, _, records in parts])
    out += token_lines + pipeline_lines
    if tokens_ran:
        out += ["## Profile of a cold verification", "", read_text(args.profile) or profile_missing(), ""]
    for name, title, section, _ in parts:
        out += section or [f"## {title}", "", f"Not run in this report (no `{name}.md` in the parts directory).", ""]
    print("\n".join(out))


def profile_missing():
    if shutil.which("perf"):
        return "Not run: `perf record` failed on this machine (see bench/run.sh's output)."
    return "Not run: `perf` is not installed (Debian package `linux-perf`)."


def machine_section(host, repo):
    return [
        "## Machine",
        "",
        f"- CPU: {cpu_model()} ({os.cpu_count()} logical cores; BenchmarkDotNet: "
        f"{host.get('PhysicalCoreCount')} physical, {host.get('LogicalCoreCount')} logical)",
        f"- OS: {os_name()} (kernel {platform.release()}, {host.get('Architecture', platform.machine())})",
        f"- .NET: {host.get('RuntimeVersion')}, SDK {host.get('DotNetCliVersion')}; "
        f"BenchmarkDotNet {host.get('BenchmarkDotNetVersion')}",
        f"- Commit: {commit_and_state(repo)}",
        "",
    ]


def goals_section(parts):
    records = [(title, record) for title, part_records in parts for record in part_records]
    unmet = sum(1 for _, record in records if not record["met"])
    return (["## Goals", ""]
            + table(("Part", "Goal", "Measured", "Verdict"), "llll",
                    [(title, r["goal"], r["measured"], "met" if r["met"] else "**not met**") for title, r in records])
            + ["", "Every goal is met." if unmet == 0 else
               f"{unmet} goal{'s' if unmet > 1 else ''} not met: the part's section below says why.", ""])
