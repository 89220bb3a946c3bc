#!/usr/bin/env python3
"""Turns bench/LoadTest/run.sh's raw wrk output into loadtest.md and loadtest.goals.json (in --out)."""

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys

# The machine facts every report shares live in bench/machine.py.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from machine import cpu_model, head_commit, os_name  # noqa: E402

CASES = {
    "a": "generated endpoint, unprotected",
    "b": "generated endpoint, `[Protected]`, valid session token",
    "c": "minimal API lambda (RequestDelegateFactory), unprotected",
    "d": "minimal API, JwtBearer + `RequireAuthorization()`, same token and key",
}
# Issue 7 item 4: (numerator, denominator, least ratio of requests/s, judged on the median of the rounds' ratios).
GOALS = [("b", "d", 2.0), ("b", "a", 0.9), ("a", "c", 1.0)]
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def main():
    args = parse_args()
    runs = {case: [parse_round(args.raw, r, case) for r in range(1, args.rounds + 1)] for case in CASES}
    summary = {case: summarize(rounds) for case, rounds in runs.items()}
    goals = [judge(summary, runs, num, den, least) for num, den, least in GOALS]

    os.makedirs(args.out, exist_ok=True)
    with open(os.path.join(args.out, "loadtest.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(section(args, runs, summary, goals)) + "\n")
    with open(os.path.join(args.out, "loadtest.goals.json"), "w", encoding="utf-8") as f:
        json.dump([{k: g[k] for k in ("goal", "measured", "met")} for g in goals], f, indent=2, ensure_ascii=False)
        f.write("\n")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--raw", required=True, help="round<r>-<case>.wrk and .alloc files")
    parser.add_argument("--out", required=True, help="where loadtest.md and loadtest.goals.json go")
    parser.add_argument("--repo", required=True, help="the repository root, for the commit")
    parser.add_argument("--mode", choices=("quick", "full"), required=True)
    for name in ("rounds", "seconds", "warmup", "threads", "connections", "elapsed"):
        parser.add_argument(f"--{name}", type=int, required=True)
    parser.add_argument("--wrk-version", required=True)
    return parser.parse_args()


def parse_round(raw, round_no, case):
    """One wrk window: requests/s, p50 and p99 in ms, requests done, errors, bytes allocated per request."""
    stem = os.path.join(raw, f"round{round_no}-{case}")
    with open(stem + ".wrk", encoding="utf-8") as f:
        text = f.read()
    with open(stem + ".alloc", encoding="utf-8") as f:
        before, after = (int(x) for x in f.read().split())
    with open(stem + ".cpu", encoding="utf-8") as f:
        cpu_before, cpu_after, ticks_per_second = (int(x) for x in f.read().split())

    requests = int(find(r"^\s*(\d+) requests in ", text, stem))
    non_2xx = re.search(r"Non-2xx or socket errors:\s*(\d+)", text)
    if non_2xx:
        # A window of refusals (an expired token, a crashed check) would measure the wrong thing: stop here.
        sys.exit(f"report.py: {stem}.wrk has {non_2xx.group(1)} non-2xx answers; the case did not serve its JSON")
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    return {
        "rps": float(find(r"^Requests/sec:\s*([\d.]+)", text, stem)),
        "p50": latency(text, "50%", stem),
        "p99": latency(text, "99%", stem),
        "requests": requests,
        "socket_errors": sum(int(x) for x in socket.groups()) if socket else 0,
        "bytes_per_request": (after - before) / requests,
        "cpu_us_per_request": (cpu_after - cpu_before) / ticks_per_second * 1e6 / requests,
    }


def find(pattern, text, stem):
    match = re.search(pattern, text, re.MULTILINE)
    if not match:
        sys.exit(f"report.py: no match for {pattern!r} in {stem}.wrk")
    return match.group(1)


def latency(text, percentile, stem):
    """A percentile of wrk's --latency distribution, in milliseconds."""
    match = re.search(rf"^\s*{re.escape(percentile)}\s+([\d.]+)(us|ms|s|m)\s*$", text, re.MULTILINE)
    if not match:
        sys.exit(f"report.py: no {percentile} latency in {stem}.wrk (was wrk run with --latency?)")
    return float(match.group(1)) * UNITS[match.group(2)]


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


def judge(summary, runs, num, den, least):
    """A goal on the median of the rounds' ratios: the two windows of a round are seconds apart, so a drift of the
    shared machine's speed falls on both and cancels in their ratio, and the median drops the rounds a burst spoiled.
    The ratio of the cases' medians, which pairs nothing, is shown beside it."""
    paired = sorted(a["rps"] / b["rps"] for a, b in zip(runs[num], runs[den]))
    ratio = statistics.median(paired)
    quartiles = statistics.quantiles(paired, n=4) if len(paired) >= 2 else [paired[0]] * 3
    return {
        "cpu_paired": statistics.median(b["cpu_us_per_request"] / a["cpu_us_per_request"] for a, b in zip(runs[num], runs[den])),
        "goal": f"({num}) requests/s ≥ {least:g}× ({den})",
        "measured": f"{ratio:.2f}× (quartiles {quartiles[0]:.2f}×–{quartiles[2]:.2f}×; "
                    f"ratio of medians {summary[num]['rps'] / summary[den]['rps']:.2f}×)",
        "met": ratio >= least,
    }


def section(args, runs, summary, goals):
    out = ["## Requests over loopback (wrk)", ""]
    out.append(
        f"`bench/LoadTest/run.sh{' --quick' if args.mode == 'quick' else ''}`: four server processes (one per case, "
        "same build, same GC settings, logging at Warning), each answering the same JSON body "
        "(`{\"message\":\"Hello world!\",\"count\":42,\"ok\":true}`, one source-generated `JsonSerializerContext` "
        "first in the resolver chain), measured by wrk in interleaved rounds. Figures are medians across rounds.")
    out.append("")
    out.append("| case | what | requests/s median | min–max | p50 | p99 | bytes allocated / request | server CPU / request |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|")
    for case, what in CASES.items():
        s = summary[case]
        out.append(f"| ({case}) | {what} | {s['rps']:,.0f} | {s['rps_min']:,.0f}–{s['rps_max']:,.0f} | "
                   f"{ms(s['p50'])} | {ms(s['p99'])} | {s['bytes']:,.0f} | {s['cpu']:.1f} µs |")
    out.append("")
    out.append("Requests/s per round (rounds interleave the cases; each round starts with the next case):")
    out.append("")
    out.append("| round | " + " | ".join(f"({c})" for c in CASES) + " |")
    out.append("|---|" + "---:|" * len(CASES))
    for i in range(args.rounds):
        out.append(f"| {i + 1} | " + " | ".join(f"{runs[c][i]['rps']:,.0f}" for c in CASES) + " |")
    out.append("")
    out.append("Each goal is judged on the median of its rounds' ratios (the two cases' windows of one round are seconds "
               "apart, so a drift of the shared machine's speed cancels in their ratio); the same median from server "
               "CPU per request (the denominator's over the numerator's, so above 1 means the numerator does less "
               "work) is beside it.")
    out.append("")
    out.append("| goal | measured (median of the rounds' ratios) | met | same from server CPU / request |")
    out.append("|---|---|---|---|")
    for g in goals:
        out.append(f"| {g['goal']} | {g['measured']} | {'yes' if g['met'] else '**no**'} | {g['cpu_paired']:.2f}× |")
    out.append("")
    out.extend(how_section(args, summary))
    out.extend(findings())
    return out


def findings():
    """The profile notes kept beside this script (bench/LoadTest/findings.md), when there are any."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "findings.md")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [f.read().rstrip("\n"), ""]


def how_section(args, summary):
    errors = sum(s["socket_errors"] for s in summary.values())
    return [
        "How it was run:",
        "",
        f"- {args.wrk_version.strip()}: `wrk -t{args.threads} -c{args.connections} -d{args.seconds}s --latency` "
        f"per case and round, {args.rounds} rounds, after {args.warmup} s of warm-up per case; build and run took "
        f"{args.elapsed // 60} min {args.elapsed % 60} s. Socket errors in measured windows: {errors}.",
        f"- Machine: {cpu_model()}, {os.cpu_count()} logical cores shared by wrk and the server under test (the "
        "other three servers sit idle); loopback, HTTP/1.1 keep-alive, no TLS. "
        f"{os_name()}, kernel {platform.release()}; {dotnet_version()}; commit {head_commit(args.repo, short=True) or 'unknown'}.",
        "- (b) and (d) send `Authorization: Bearer <token>`: a Clerk-shaped RS256 session token (2048-bit key, "
        "valid a day) and its PEM public key, given to Clerk as `CLERK_JWT_KEY` (with `CLERK_AUTHORIZED_PARTIES` "
        "set to the token's `azp`) and to JwtBearer as the `RsaSecurityKey` (lifetime, signature and issuer "
        "validated, no audience). Both refuse a request without it (checked before measuring). The same token "
        "is sent on every request, as a signed-in browser does within a token's lifetime, so Clerk's verified-token "
        "cache answers after the first request; JwtBearer checks the RSA signature every time.",
        "- Bytes per request: the server's `GC.GetTotalAllocatedBytes(precise: true)` read before and after each "
        "window (`GET /__alloc`, never during one), divided by the requests wrk completed. The difference also holds "
        "what the process allocates in the background meanwhile, so it is an upper bound.",
        "- Server CPU per request: the server process's user + system time (`/proc/<pid>/stat`) over the window, "
        "divided by the requests wrk completed; unlike requests/s it does not count time spent waiting for a core, "
        "so it moves less when other work shares the machine (Kestrel's and the kernel's loopback work included).",
        "- (c) is a minimal API lambda without the request delegate generator (off unless `PublishAot` or "
        "`EnableRequestDelegateGenerator`; the project states it off), so RequestDelegateFactory builds its delegate.",
        "",
    ]


def ms(value):
    return f"{value * 1000:.0f} µs" if value < 1 else f"{value:.2f} ms"


def dotnet_version():
    try:
        sdk = subprocess.run(["dotnet", "--version"], capture_output=True, text=True, check=True).stdout.strip()
        return f".NET SDK {sdk}"
    except (OSError, subprocess.CalledProcessError):
        return ".NET SDK unknown"


if __name__ == "__main__":
    main()
