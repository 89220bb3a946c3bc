"""The load-test section: bench/LoadTest/run.sh's raw wrk output, allocation and CPU readings per round and case."""

import os
import platform
import re
import statistics
import sys

from . import goals, parts
from .files import read_text
from .machine import cpu_model, dotnet_sdk, head_commit, os_name
from .markdown import table
from .units import ms

CASES = {
    "a": "generated endpoint, unprotected",
    "b": "generated endpoint, `[Protected]`, valid session token",
    "c": "minimal API lambda (RequestDelegateFactory), unprotected",
    "d": "minimal API, JwtBearer + `RequireAuthorization()`, same token and key",
}
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}
HERE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "LoadTest")
METHOD, FINDINGS = os.path.join(HERE, "method.md"), os.path.join(HERE, "findings.md")


def add_arguments(parser):
    parser.add_argument("--raw", required=True, help="round<r>-<case>.wrk, .alloc and .cpu files, wrk-version.txt")
    parser.add_argument("--out", required=True, help="where loadtest.md and loadtest.goals.json go")
    parser.add_argument("--repo", required=True, help="the repository root, for the commit")
    parser.add_argument("--mode", choices=("quick", "full"), required=True)
    parser.add_argument("--pinning", default="wrk and the servers share the cores", help="which cores ran what")
    for name in ("rounds", "seconds", "warmup", "threads", "connections", "elapsed"):
        parser.add_argument(f"--{name}", type=int, required=True)


def run(args):
    runs = {case: [parse_round(args.raw, r, case) for r in range(1, args.rounds + 1)] for case in CASES}
    summary = {case: summarize(rounds) for case, rounds in runs.items()}
    judged = [judge(goal, summary, runs) for goal in goals.of_part("loadtest")]
    parts.write(args.out, "loadtest", section(args, runs, summary, judged),
                [record for record, _ in judged])


def parse_round(raw, round_no, case):
    """One wrk window: requests/s, p50 and p99 in ms, requests done, errors, bytes allocated and CPU per request."""
    stem = os.path.join(raw, f"round{round_no}-{case}")
    text = read_text(stem + ".wrk") or ""
    before, after = numbers(stem + ".alloc")
    cpu_before, cpu_after, ticks_per_second = numbers(stem + ".cpu")

    requests = int(find(r"^\s*(\d+) requests in ", text, stem, "request count")[0])
    non_2xx = re.search(r"Non-2xx or socket errors:\s*(\d+)", text)
    if non_2xx:
        # A window of refusals (an expired token, a crashed check) would measure the wrong thing: stop here.
        sys.exit(f"loadtest: {stem}.wrk has {non_2xx.group(1)} non-2xx answers; the case did not serve its JSON")
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    return {
        "rps": float(find(r"^Requests/sec:\s*([\d.]+)", text, stem, "requests/s")[0]),
        "p50": latency(text, "50%", stem),
        "p99": latency(text, "99%", stem),
        "socket_errors": sum(int(x) for x in socket.groups()) if socket else 0,
        "bytes_per_request": (after - before) / requests,
        "cpu_us_per_request": (cpu_after - cpu_before) / ticks_per_second * 1e6 / requests,
    }


def numbers(path):
    with open(path, encoding="utf-8") as f:
        return [int(x) for x in f.read().split()]


def find(pattern, text, stem, what):
    """The groups of the first line of wrk's output that matches; a window without it cannot be reported."""
    match = re.search(pattern, text, re.MULTILINE)
    if not match:
        sys.exit(f"loadtest: no {what} in {stem}.wrk")
    return match.groups()


def latency(text, percentile, stem):
    """A percentile of wrk's --latency distribution, in milliseconds."""
    value, unit = find(rf"^\s*{re.escape(percentile)}\s+([\d.]+)(us|ms|s|m)\s*$", text, stem,
                       f"{percentile} latency (was wrk run with --latency?)")
    return float(value) * UNITS[unit]


def summarize(rounds):
    rps = [r["rps"] for r in rounds]
    return {
        "rps": statistics.median(rps), "rps_min": min(rps), "rps_max": max(rps),
        "p50": statistics.median(r["p50"] for r in rounds),
        "p99": statistics.median(r["p99"] for r in rounds),
        "bytes": statistics.median(r["bytes_per_request"] for r in rounds),
        "cpu": statistics.median(r["cpu_us_per_request"] for r in rounds),
        "socket_errors": sum(r["socket_errors"] for r in rounds),
    }


def judge(goal, summary, runs):
    """A goal on the median of the rounds' ratios: the two windows of a round are seconds apart, so a drift of the
    shared machine's speed falls on both and cancels in their ratio, and the median drops the rounds a burst spoiled.
    The ratio of the cases' medians, which pairs nothing, is shown beside it. Returns the goal record and the same
    median from server CPU per request."""
    num, den = goal.of
    pairs = list(zip(runs[num], runs[den]))
    paired = sorted(a["rps"] / b["rps"] for a, b in pairs)
    ratio = statistics.median(paired)
    quartiles = statistics.quantiles(paired, n=4) if len(paired) >= 2 else [paired[0]] * 3
    measured = (f"{ratio:.2f}× (quartiles {quartiles[0]:.2f}×–{quartiles[2]:.2f}×; "
                f"ratio of medians {summary[num]['rps'] / summary[den]['rps']:.2f}×)")
    cpu_paired = statistics.median(b["cpu_us_per_request"] / a["cpu_us_per_request"] for a, b in pairs)
    return goal.row(ratio, measured), cpu_paired


def section(args, runs, summary, judged):
    out = ["## Requests over loopback (wrk)", "",
           f"`bench/LoadTest/run.sh{' --quick' if args.mode == 'quick' else ''}`: four server processes (one per case, "
           "same build, same GC settings, logging at Warning), each answering the same JSON body "
           "(`{\"message\":\"Hello world!\",\"count\":42,\"ok\":true}`, one source-generated `JsonSerializerContext` "
           "first in the resolver chain), measured by wrk in interleaved rounds. Figures are medians across rounds.",
           ""]
    out += table(("case", "what", "requests/s median", "min–max", "p50", "p99", "bytes allocated / request",
                  "server CPU / request"), "llrrrrrr",
                 [(f"({case})", what, f"{s['rps']:,.0f}", f"{s['rps_min']:,.0f}–{s['rps_max']:,.0f}", ms(s["p50"]),
                   ms(s["p99"]), f"{s['bytes']:,.0f}", f"{s['cpu']:.1f} µs")
                  for case, what, s in ((case, what, summary[case]) for case, what in CASES.items())])
    out += ["", "Requests/s per round (rounds interleave the cases; each round starts with the next case):", ""]
    out += table(("round", *(f"({c})" for c in CASES)), "l" + "r" * len(CASES),
                 [(i + 1, *(f"{runs[c][i]['rps']:,.0f}" for c in CASES)) for i in range(args.rounds)])
    out += ["",
            "Each goal is judged on the median of its rounds' ratios (the two cases' windows of one round are seconds "
            "apart, so a drift of the shared machine's speed cancels in their ratio); the same median from server "
            "CPU per request (the denominator's over the numerator's, so above 1 means the numerator does less "
            "work) is beside it.",
            ""]
    out += table(("goal", "measured (median of the rounds' ratios)", "met", "same from server CPU / request"), "llll",
                 [(r["goal"], r["measured"], "yes" if r["met"] else "**no**", f"{cpu:.2f}×") for r, cpu in judged])
    out.append("")
    out += how_it_ran(args, summary)
    findings = read_text(FINDINGS)
    if findings is not None:
        out += [findings, ""]
    return out


def how_it_ran(args, summary):
    errors = sum(s["socket_errors"] for s in summary.values())
    return [
        "How it was run:",
        "",
        f"- {wrk_version(args.raw)}: `wrk -t{args.threads} -c{args.connections} -d{args.seconds}s --latency` "
        f"per case and round, {args.rounds} rounds, after {args.warmup} s of warm-up per case; build and run took "
        f"{args.elapsed // 60} min {args.elapsed % 60} s. Socket errors in measured windows: {errors}.",
        f"- Machine: {cpu_model()}, {os.cpu_count()} logical cores; {args.pinning} (`taskset`; the "
        "servers not under test sit idle); loopback, HTTP/1.1 keep-alive, no TLS. "
        f"{os_name()}, kernel {platform.release()}; {dotnet_sdk()}; "
        f"commit {head_commit(args.repo, short=True) or 'unknown'}.",
        read_text(METHOD),
        "",
    ]


def wrk_version(raw):
    """The first line of `wrk -v` without its copyright notice."""
    text = read_text(os.path.join(raw, "wrk-version.txt")) or ""
    return re.sub(r" Copyright.*", "", text.splitlines()[0] if text else "").strip()
